"""textwrap, written in Python for Reap: wrap, fill, shorten, dedent and indent text.

Lines are broken where CPython 3.11 breaks them: the text is cut into chunks (runs of
whitespace, words, the parts of a hyphenated word, em-dashes written as two or more hyphens)
by a regular expression with the same rules as CPython's, then the chunks are packed greedily
into lines, long words split and the `max_lines` placeholder placed as CPython does.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The characters textwrap treats as whitespace: the ASCII ones only, not str.isspace()'s set.
_whitespace = '\t\n\x0b\x0c\r '


def _wordsep_pattern():
    ws = '[\\t\\n\\x0b\\x0c\\r ]'
    not_ws = '[^\\t\\n\\x0b\\x0c\\r ]'
    letter = '[^\\d\\W]'
    # A character that may stand before an em-dash ("word--word", "end.--start").
    before_dash = '[\\w!"\'&.,?]'
    hyphen_break = (
        # a hyphen ends a chunk only after two letters, or after "x-y-" ...
        '-(?:(?<=%(L)s{2}-)|(?<=%(L)s-%(L)s-))'
        # ... and only when a letter, maybe a hyphen, and a letter follow
        '(?=%(L)s-?%(L)s)' % {'L': letter})
    word = (not_ws + '+?(?:'
            + hyphen_break
            + '|(?=' + ws + '|\\Z)'                        # the word ends at whitespace
            + '|(?<=' + before_dash + ')(?=-{2,}\\w)'      # or where an em-dash starts
            + ')')
    em_dash = '(?<=' + before_dash + ')-{2,}(?=\\w)'
    return '(' + ws + '+|' + em_dash + '|' + word + ')'


class TextWrapper:
    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))
    wordsep_re = re.compile(_wordsep_pattern())
    wordsep_simple_re = re.compile('([\\t\\n\\x0b\\x0c\\r ]+)')
    # A sentence ends with a lower-case letter, '.', '!' or '?', and maybe a closing quote.
    sentence_end_re = re.compile('[a-z][\\.\\!\\?][\\"\\\']?\\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        regex = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        return [chunk for chunk in regex.split(text) if chunk]

    def _fix_sentence_endings(self, chunks):
        i = 0
        ends_sentence = self.sentence_end_re.search
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer to break after the last hyphen that fits, unless only hyphens precede it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            # An unbreakable word on a line of its own, even though it is too long.
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        placeholder = self.placeholder
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        drop = self.drop_whitespace
        chunks.reverse()   # so that the next chunk is popped from the end
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line is dropped, except on the first line.
            if drop and lines and chunks[-1].strip() == '':
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if drop and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or ((not chunks or drop and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width)):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last line allowed, with text left over: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(placeholder) <= width:
                    cur_line.append(placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(placeholder) <= self.width:
                        lines[-1] = prev_line + placeholder
                        break
                lines.append(indent + placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


_blank_line_re = re.compile('^[ \t]+$', re.MULTILINE)
_line_indent_re = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)


def dedent(text):
    # Lines of only blanks are emptied first and take no part in choosing the margin.
    text = _blank_line_re.sub('', text)
    margin = None
    for ind in _line_indent_re.findall(text):
        if margin is None or margin.startswith(ind):
            margin = ind
        elif not ind.startswith(margin):
            # Keep the longest common prefix: a tab and spaces are not the same margin.
            i = 0
            while margin[i] == ind[i]:
                i += 1
            margin = margin[:i]
    if margin:
        text = re.sub('(?m)^' + margin, '', text)
    return text


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join([prefix + line if predicate(line) else line
                    for line in text.splitlines(True)])
