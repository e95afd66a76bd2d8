//! Reap as a configuration engine: the host runs a config script in a sandbox (no file access,
//! only the modules it allows, a step budget), reads typed settings from it, and calls back
//! into a function the script defines. Run with `cargo run --example config_engine`.

use std::collections::HashMap;

use reap_runtime::embed::{Builder, HostError, Output};

const CONFIG: &str = r#"
import host
service = "billing"
replicas = host.cpu_count() * 2
limits = {"memory_mb": 512, "timeout_s": 30}
regions = ["eu-west", "us-east"]

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
    config.module("host").function("cpu_count", &[], || -> Result<i64, HostError> { Ok(4) });
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
