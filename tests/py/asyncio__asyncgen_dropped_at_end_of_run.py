# An async generator dropped as main() ends is closed by a task the loop creates late: the
# shutdown cancels that task, and the cancelled aclose() is then sent GeneratorExit.
import asyncio, sys

async def ticker(name, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    except BaseException as e:
        print(name, "got", type(e).__name__)
        raise
    finally:
        print(name, "cleanup start")
        await asyncio.sleep(0)
        print(name, "cleanup done")

async def main():
    t = ticker("left", 5)
    print("first", await t.__anext__())
    print("main end")
    return None

r = asyncio.run(main())
print("after run")
