# Long strings are split between words; bytes in four-byte groups; both inside containers.
import pprint

sentence = ("The quick brown fox jumps over the lazy dog while the five boxing wizards "
            "jump quickly and a sphinx of black quartz judges my vow.")
pprint.pprint(sentence)
pprint.pprint(sentence, width=30)
pprint.pprint([sentence])
pprint.pprint({"description": sentence, "id": 7})
pprint.pprint((sentence, sentence[:20]), width=50)
pprint.pprint("line one\nline two is a bit longer than the first\nline three\n", width=30)
pprint.pprint("averyveryverylongwordwithoutanyspacesinsideitatallwhichcannotbesplit" * 2, width=40)
pprint.pprint("   leading spaces and    inner   runs of spaces that go on for quite a while", width=25)
pprint.pprint("tabs\tand\ttabs\tand\ttabs\tand\ttabs\tand\ttabs\tand\ttabs", width=20)
pprint.pprint("quotes ' and \" mixed, with some more words to force a wrap here", width=30)
pprint.pprint("ünïcödé wörds ärë cöüntëd äs öne cölümn each, thé wrap fölöws", width=30)
pprint.pprint("")
pprint.pprint(["", "x"], width=1)

data = bytes(range(40))
pprint.pprint(data)
pprint.pprint(data, width=30)
pprint.pprint([data[:10], b"abcd", b"abcdefgh" * 6], width=30)
pprint.pprint(bytearray(b"hello world, this is a bytearray of some length"), width=30)
pprint.pprint({"payload": bytearray(b"0123456789" * 5)}, width=40)
pprint.pprint(b"")
pprint.pprint(bytearray())
