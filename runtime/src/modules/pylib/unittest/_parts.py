"""unittest's submodules (unittest.case, unittest.util, ...): Reap keeps unittest in one
module, and each of these names its part of it, as CPython's submodules hold them."""

import unittest as _unittest

_PARTS = {
    'case': ['TestCase', 'FunctionTestCase', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
             'expectedFailure', 'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext'],
    'util': ['safe_repr', 'strclass', 'three_way_cmp', 'sorted_list_difference',
             'unorderable_list_difference'],
    'result': ['TestResult', 'failfast'],
    'runner': ['TextTestResult', 'TextTestRunner'],
    'loader': ['TestLoader', 'defaultTestLoader', 'findTestCases', 'getTestCaseNames',
               'makeSuite'],
    'suite': ['BaseTestSuite', 'TestSuite'],
    'signals': ['installHandler', 'registerResult', 'removeHandler', 'removeResult'],
}

__unittest = True
for _name in _PARTS[__name__.rpartition('.')[2]]:
    if hasattr(_unittest, _name):
        globals()[_name] = getattr(_unittest, _name)
del _name
