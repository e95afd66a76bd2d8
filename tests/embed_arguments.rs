//! Host functions bind their arguments as Python functions do (defaults, `*args`,
//! `**kwargs`, keywords) and report a wrong one as CPython's builtins do.

use std::collections::BTreeMap;

use reap_runtime::embed::{Builder, HostError, Output};

fn interp() -> reap_runtime::Interpreter {
    let mut interp = Builder::new().stdout(Output::Buffer).build();
    interp.function("fetch", &["key", "default=None"], |key: String, default: Option<i64>| {
        Ok::<_, HostError>(if key == "port" { Some(8080) } else { default })
    });
    interp.function(
        "log",
        &["level", "*parts", "**fields"],
        |level: String, parts: Vec<String>, fields: BTreeMap<String, i64>| {
            let fields: Vec<String> = fields.iter().map(|(k, v)| format!("{k}={v}")).collect();
            Ok::<_, HostError>(format!("[{level}] {} {}", parts.join(" "), fields.join(",")))
        },
    );
    interp.function("unnamed", &[], |n: i64| Ok::<_, HostError>(n + 1));
    interp
}

fn error_of(interp: &mut reap_runtime::Interpreter, source: &str) -> String {
    let e = interp.exec(source, "t.py").unwrap_err();
    format!("{}: {}", e.kind, e.message)
}

#[test]
fn star_args_and_star_star_kwargs_collect_the_rest() {
    let mut interp = interp();
    let line: String = interp.eval("log('info', 'disk', 'full', used=97, free=3)").unwrap();
    assert_eq!(line, "[info] disk full free=3,used=97");
    let line: String = interp.eval("log(level='warn')").unwrap();
    assert_eq!(line, "[warn]  ");
}

#[test]
fn a_wrong_argument_is_named_as_cpythons_builtins_name_it() {
    let mut interp = interp();
    assert_eq!(error_of(&mut interp, "fetch(1)"), "TypeError: fetch() argument 'key' must be str, not int");
    assert_eq!(
        error_of(&mut interp, "fetch('x', default='y')"),
        "TypeError: fetch() argument 'default' must be int, not str"
    );
    assert_eq!(error_of(&mut interp, "unnamed('1')"), "TypeError: unnamed() argument 1 must be int, not str");
    assert_eq!(
        error_of(&mut interp, "log('info', 'a', 2)"),
        "TypeError: log() argument 'parts' must be str, not int"
    );
    assert_eq!(
        error_of(&mut interp, "fetch('a', 1, 2)"),
        "TypeError: fetch() takes 2 positional arguments but 3 were given"
    );
    assert_eq!(
        error_of(&mut interp, "unnamed(1, 2)"),
        "TypeError: unnamed() takes 1 positional argument but 2 were given"
    );
    assert_eq!(
        error_of(&mut interp, "fetch('a', key='b')"),
        "TypeError: fetch() got multiple values for argument 'key'"
    );
    assert_eq!(
        error_of(&mut interp, "fetch(kee='a')"),
        "TypeError: fetch() got an unexpected keyword argument 'kee'"
    );
    assert_eq!(error_of(&mut interp, "fetch()"), "TypeError: fetch() missing required argument: 'key'");
}

#[test]
fn the_script_catches_argument_errors_as_type_errors() {
    let mut interp = interp();
    interp
        .exec("try:\n    fetch(None)\nexcept TypeError as e:\n    print(e)\nprint(fetch('port'), fetch('x'), fetch('x', 7))\n", "t.py")
        .unwrap();
    assert_eq!(interp.take_stdout(), "fetch() argument 'key' must be str, not None\n8080 None 7\n");
}
