//! With the `serde` feature: any `Serialize` value goes into a script, any `Deserialize` type
//! comes out of one, through serde_json's data model (None/bool/int/float/str, lists and
//! tuples as arrays, dicts with str keys as objects).

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value as Json;

use super::{Context, Error, FromPy, IntoPy, Mismatch};
use crate::embed::interpreter::Interpreter;
use crate::object::Object;
use crate::value::Value;

impl IntoPy for Json {
    fn into_py(self, cx: &mut Context<'_>) -> Value {
        match self {
            Json::Null => Value::None,
            Json::Bool(b) => Value::Bool(b),
            Json::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
                (Some(i), _, _) => Value::Int(i),
                (None, Some(u), _) => u.into_py(cx),
                (_, _, f) => Value::Float(f.unwrap_or(f64::NAN)),
            },
            Json::String(s) => cx.vm.new_str(s),
            Json::Array(items) => items.into_py(cx),
            Json::Object(map) => {
                let pairs: std::collections::BTreeMap<String, Json> = map.into_iter().collect();
                pairs.into_py(cx)
            }
        }
    }
}

impl FromPy for Json {
    fn from_py(cx: &mut Context<'_>, v: Value) -> Result<Self, Mismatch> {
        if cx.vm.stack_exhausted() {
            return Err(Mismatch::from("value nested too deeply"));
        }
        Ok(match v {
            Value::None => Json::Null,
            Value::Bool(b) => Json::Bool(b),
            Value::Int(i) => Json::from(i),
            Value::Float(f) => serde_json::Number::from_f64(f).map_or(Json::Null, Json::Number),
            Value::Obj(id) => match cx.vm.heap.get(id) {
                Object::Str(s) => Json::String(s.s.to_string()),
                Object::BigInt(_) => {
                    let n = i128::from_py(cx, v)?;
                    serde_json::Number::from_i128(n)
                        .map(Json::Number)
                        .ok_or(Mismatch::from("int too large for serde"))?
                }
                Object::List(items) | Object::Tuple(items) => {
                    let items = items.clone();
                    cx.vm.recursion.depth += 1;
                    let r = items.into_iter().map(|i| Json::from_py(cx, i)).collect::<Result<Vec<_>, _>>();
                    cx.vm.recursion.depth -= 1;
                    Json::Array(r?)
                }
                Object::Dict(t) => {
                    let pairs: Vec<(Value, Value)> = t.iter().map(|(_, e)| (e.key, e.value)).collect();
                    let mut map = serde_json::Map::new();
                    cx.vm.recursion.depth += 1;
                    for (k, val) in pairs {
                        let key = match cx.vm.str_of(k) {
                            Some(s) => s.to_string(),
                            None => {
                                cx.vm.recursion.depth -= 1;
                                return Err(Mismatch::Type {
                                    expected: "str (a dict key, for serde)".into(),
                                    got: cx.vm.type_name(k),
                                });
                            }
                        };
                        let val = Json::from_py(cx, val);
                        match val {
                            Ok(j) => {
                                map.insert(key, j);
                            }
                            Err(e) => {
                                cx.vm.recursion.depth -= 1;
                                return Err(e);
                            }
                        }
                    }
                    cx.vm.recursion.depth -= 1;
                    Json::Object(map)
                }
                _ => return Err(format!("'{}' has no serde form", cx.vm.type_name(v)).into()),
            },
        })
    }
}

impl Interpreter {
    /// Evaluates an expression into any `Deserialize` type.
    pub fn eval_de<T: DeserializeOwned>(&mut self, expr: &str) -> Result<T, Error> {
        let json: Json = self.eval(expr)?;
        serde_json::from_value(json).map_err(|e| Error::host("TypeError", e.to_string()))
    }

    /// Reads a global of `__main__` into any `Deserialize` type.
    ///
    /// ```
    /// # use reap_runtime::embed::Builder;
    /// use std::collections::BTreeMap;
    ///
    /// let mut interp = Builder::new().build();
    /// interp.exec("ports = {'http': 80, 'https': 443}\n", "config.py").unwrap();
    /// let ports: BTreeMap<String, u16> = interp.get_de("ports").unwrap();
    /// assert_eq!(ports["https"], 443);
    /// ```
    pub fn get_de<T: DeserializeOwned>(&mut self, name: &str) -> Result<T, Error> {
        let json: Json = self.get(name)?;
        serde_json::from_value(json).map_err(|e| Error::host("TypeError", e.to_string()))
    }

    /// Sets a global of `__main__` from any `Serialize` value.
    pub fn set_ser<T: Serialize>(&mut self, name: &str, value: &T) -> Result<(), Error> {
        let json = serde_json::to_value(value).map_err(|e| Error::host("TypeError", e.to_string()))?;
        self.set(name, json)
    }
}
