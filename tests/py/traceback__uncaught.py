# print_exception gives the text Python prints for an uncaught exception: both go to stderr.
import sys
import traceback


class QuotaExceeded(Exception):
    pass


def charge(account, amount):
    if amount > account["limit"]:
        raise QuotaExceeded(f"{amount} > {account['limit']}")


def bill(account):
    charge(account, 120)


def main():
    try:
        bill({"limit": 100})
    except QuotaExceeded as e:
        traceback.print_exception(e)
        print("-- logged; now failing for real --", file=sys.stderr)
        raise


main()
