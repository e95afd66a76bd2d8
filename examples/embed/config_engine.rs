//! Reap as a configuration engine: the host runs a config script in a sandbox (no file access,
//! only the modules it allows, a step budget), gives it host functions (one with a default,
//! one that calls back into the script), reads typed settings from it, and calls a function
//! the script defines. Run with `cargo run --example config_engine`.

use std::collections::HashMap;

use reap_runtime::embed::{Builder, Context, Handle, HostError, Output};

const CONFIG: &str = r#"
import host
service = "billing"
replicas = host.cpu_count() * 2
limits = {"memory_mb": 512, "timeout_s": host.env("TIMEOUT", default=30)}
regions = ["eu-west", "us-east"]

# The host validates each region with the script's own rule.
def known_region(name):
    return name.count("-") == 1
regions = host.checked(regions, known_region)

def route(path):
    # Called by the host for each request path.
    if path.startswith("/admin"):
        return "internal"
    return regions[len(path) % len(regions)]
"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut config = Builder::new()
        .stdout(Output::Buffer)
        .filesystem(false)
        .allow_modules(&["math"])
        .max_steps(1_000_000)
        .build();
    let mut host = config.module("host");
    host.function("cpu_count", &[], || -> Result<i64, HostError> { Ok(4) });
    // `default=30`: the script may leave it out; a wrong type is CPython's TypeError
    // ("env() argument 'name' must be str, not int").
    host.function("env", &["name", "default=None"], |name: String, default: Option<i64>| {
        Ok::<_, HostError>(if name == "TIMEOUT" { Some(45) } else { default })
    });
    // A callback into the script: `rule` is a script function the host calls for each item;
    // what it raises reaches the script as itself.
    host.function("checked", &["items", "rule"], |cx: &mut Context<'_>, items: Vec<String>, rule: Handle| {
        for item in &items {
            if !cx.call::<bool>(&rule, (item.as_str(),))? {
                return Err(HostError::new("ValueError", format!("unknown region {item:?}")));
            }
        }
        Ok(items)
    });
    config.exec(CONFIG, "service.conf.py")?;

    let service: String = config.get("service")?;
    let replicas: u32 = config.get("replicas")?;
    let limits: HashMap<String, i64> = config.get("limits")?;
    let regions: Vec<String> = config.get("regions")?;
    println!("{service}: {replicas} replicas in {regions:?}, limits {:?}", sorted(&limits));
    for path in ["/admin/users", "/pay", "/invoice"] {
        let target: String = config.call("route", (path,))?;
        println!("{path} -> {target}");
    }
    // A bad setting comes back as an error value, with the script's traceback.
    if let Err(e) = config.exec("replicas = int('many')", "override.py") {
        println!("rejected override: {e} (line {:?})", e.line);
    }
    Ok(())
}

fn sorted(m: &HashMap<String, i64>) -> Vec<(&String, &i64)> {
    let mut v: Vec<_> = m.iter().collect();
    v.sort();
    v
}
