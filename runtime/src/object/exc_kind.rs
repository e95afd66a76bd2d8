//! The builtin exception classes as a type: `vm.new_exc(ExcKind::TypeError, ..)` cannot name a
//! class that does not exist, where a string could (and a typo would only show at run time).
//! The list is CPython 3.11's hierarchy, the part Reap provides, parents before children.

macro_rules! exc_kinds {
    ($($name:ident: $base:ident),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind {
            $($name),*
        }

        impl ExcKind {
            /// Every kind, parents before children (the order the classes are made in).
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$name),*];

            pub fn name(self) -> &'static str {
                match self {
                    $(ExcKind::$name => stringify!($name)),*
                }
            }

            /// The class this one derives from (`object` for `BaseException`).
            pub fn base_name(self) -> &'static str {
                match self {
                    $(ExcKind::$name => stringify!($base)),*
                }
            }
        }
    };
}

exc_kinds! {
    BaseException: object,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    BaseExceptionGroup: BaseException,
    // Also derives from `Exception` (set up where the classes are made, `vm/types.rs`).
    ExceptionGroup: BaseExceptionGroup,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    TimeoutError: OSError,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    InterruptedError: OSError,
    ProcessLookupError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    UserWarning: Warning,
    ResourceWarning: Warning,
    PendingDeprecationWarning: Warning,
    SyntaxWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    EncodingWarning: Warning,
}

impl ExcKind {
    /// The builtin exception class of that name, if there is one.
    pub fn from_name(name: &str) -> Option<ExcKind> {
        ExcKind::ALL.iter().copied().find(|k| k.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::ExcKind;

    #[test]
    fn every_class_comes_after_its_base() {
        for (i, k) in ExcKind::ALL.iter().enumerate() {
            if *k == ExcKind::BaseException {
                assert_eq!(k.base_name(), "object");
                continue;
            }
            let base = ExcKind::from_name(k.base_name()).expect("base is a builtin exception");
            let at = ExcKind::ALL.iter().position(|b| *b == base).unwrap_or(usize::MAX);
            assert!(at < i, "{} comes before its base {}", k.name(), base.name());
        }
    }

    #[test]
    fn names_round_trip() {
        for k in ExcKind::ALL {
            assert_eq!(ExcKind::from_name(k.name()), Some(*k));
        }
        assert_eq!(ExcKind::from_name("TypoError"), None);
    }
}
