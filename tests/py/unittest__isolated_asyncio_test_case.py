# IsolatedAsyncioTestCase: async setUp/tearDown, test methods and cleanups run in an event
# loop of the test's own; a failing async test is reported as any other.
import asyncio
import unittest

events = []


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append('setUp')

    async def asyncSetUp(self):
        # The runner is in debug mode, which reports steps slower than 0.1 s (as under a
        # slow machine or GC stress): not what this test is about.
        asyncio.get_running_loop().slow_callback_duration = 60
        self.value = await asyncio.sleep(0, result=21)
        events.append('asyncSetUp')

    async def test_double(self):
        self.addAsyncCleanup(self.cleanup, 'bye')
        self.assertEqual(self.value * 2, 42)

    async def test_gather(self):
        results = await asyncio.gather(*(asyncio.sleep(0, result=i) for i in range(3)))
        self.assertEqual(results, [0, 1, 2])

    async def test_fails(self):
        await asyncio.sleep(0)
        self.assertEqual(self.value, 0)

    def test_plain(self):
        self.assertTrue(True)

    async def cleanup(self, word):
        events.append('cleanup ' + word)

    async def asyncTearDown(self):
        events.append('asyncTearDown')

    def tearDown(self):
        events.append('tearDown')


if __name__ == '__main__':
    import io
    import re
    stream = io.StringIO()
    unittest.main(exit=False, verbosity=2,
                  testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
    print(re.sub(r"Ran (\d+ tests?) in \d+\.\d+s", r"Ran \1 in X.XXXs", stream.getvalue()))
    print(events)
    print(unittest.IsolatedAsyncioTestCase.__module__, issubclass(AsyncTests, unittest.TestCase))
