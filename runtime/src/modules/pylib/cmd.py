"""Framework for simple line-oriented command interpreters.

Subclass Cmd and define methods named ``do_<command>``; each receives the
rest of the input line as a single string argument.  Other conventions:

* end of input is delivered as the command ``EOF``;
* the command word is the longest prefix made of ``identchars``;
* an empty line repeats the previous command (see ``emptyline``);
* ``help`` is built in: ``help topic`` calls ``help_topic`` or shows the
  docstring of ``do_topic``; plain ``help`` lists the commands;
* ``?`` stands for ``help`` and ``!`` for ``shell`` (when ``do_shell``
  exists);
* with readline available, Tab completes command names, and arguments via
  ``complete_<command>(text, line, begidx, endidx)``.

Lines with no matching command go to ``default``; argument completion for
commands without a ``complete_<command>`` method goes to
``completedefault``.  The attributes ``ruler``, ``intro``, ``doc_leader``,
``doc_header``, ``misc_header`` and ``undoc_header`` customise the output.
"""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    """Base class for line-oriented command interpreters.

    Not useful on its own: derive a class from it and add ``do_*``
    methods for the commands you want to offer.
    """

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        """Set up the interpreter.

        completekey names the readline key used for completion (None turns
        completion off); stdin and stdout replace sys.stdin/sys.stdout.
        """
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    # -- the main loop -------------------------------------------------

    def _readline_wanted(self):
        return bool(self.use_rawinput and self.completekey)

    def _read_command(self):
        """Fetch the next raw input line, mapping end of input to 'EOF'."""
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        text = self.stdin.readline()
        if len(text) == 0:
            return 'EOF'
        return text.rstrip('\r\n')

    def cmdloop(self, intro=None):
        """Prompt for lines and dispatch them until a command returns true.

        intro, when given, replaces the ``intro`` attribute, which is
        written once before the first prompt.
        """
        self.preloop()
        if self._readline_wanted():
            try:
                import readline
            except ImportError:
                pass
            else:
                self.old_completer = readline.get_completer()
                readline.set_completer(self.complete)
                readline.parse_and_bind(self.completekey + ": complete")
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + "\n")
            stop = None
            while not stop:
                line = self._read_command()
                line = self.precmd(line)
                stop = self.onecmd(line)
                stop = self.postcmd(stop, line)
            self.postloop()
        finally:
            if self._readline_wanted():
                try:
                    import readline
                except ImportError:
                    pass
                else:
                    readline.set_completer(self.old_completer)

    # -- hooks ---------------------------------------------------------

    def precmd(self, line):
        """Hook: called with each line before it is dispatched; returns the
        line that will actually be run."""
        return line

    def postcmd(self, stop, line):
        """Hook: called after each dispatch; its result decides whether the
        loop stops."""
        return stop

    def preloop(self):
        """Hook: called once when cmdloop() starts."""
        pass

    def postloop(self):
        """Hook: called once when cmdloop() is about to return."""
        pass

    # -- parsing and dispatch ------------------------------------------

    def parseline(self, line):
        """Split a line into (command, argument, line).

        command and argument are None when no command can be taken from
        the line; the returned line is stripped and has the '?' and '!'
        shorthands expanded.
        """
        line = line.strip()
        if not line:
            return None, None, line
        first = line[0]
        if first == '?':
            line = 'help ' + line[1:]
        elif first == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        end = 0
        size = len(line)
        chars = self.identchars
        while end < size and line[end] in chars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Run one command line as if typed at the prompt.

        Returns a true value when the loop should stop.
        """
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if not command:
            return self.default(line)
        try:
            handler = getattr(self, 'do_' + command)
        except AttributeError:
            return self.default(line)
        return handler(arg)

    def emptyline(self):
        """Called for an empty input line; by default re-runs the last
        non-empty command, if any."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """Called for a line whose command is unknown; reports it."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    # -- completion ----------------------------------------------------

    def completedefault(self, *ignored):
        """Argument completion used when a command has no complete_*
        method; offers nothing."""
        return []

    def completenames(self, text, *ignored):
        """Command names starting with text."""
        prefix = 'do_' + text
        return [name[3:] for name in self.get_names()
                if name.startswith(prefix)]

    def complete(self, text, state):
        """readline completer: return match number ``state`` for text."""
        if state == 0:
            import readline
            buffer = readline.get_line_buffer()
            line = buffer.lstrip()
            shift = len(buffer) - len(line)
            begidx = readline.get_begidx() - shift
            endidx = readline.get_endidx() - shift
            if begidx > 0:
                command = self.parseline(line)[0]
                finder = self.completedefault
                if command != '':
                    finder = getattr(self, 'complete_' + command,
                                     self.completedefault)
            else:
                finder = self.completenames
            self.completion_matches = finder(text, line, begidx, endidx)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        """Attribute names searched for do_*/help_*/complete_* methods."""
        return dir(self.__class__)

    def complete_help(self, *args):
        found = set(self.completenames(*args))
        prefix = 'help_' + args[0]
        for name in self.get_names():
            if name.startswith(prefix):
                found.add(name[5:])
        return list(found)

    # -- help ----------------------------------------------------------

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        names = self.get_names()
        topics = {name[5:] for name in names if name[:5] == 'help_'}
        documented = []
        undocumented = []
        previous = ''
        for name in sorted(names):
            if name[:3] != 'do_' or name == previous:
                continue
            previous = name
            command = name[3:]
            if command in topics:
                topics.discard(command)
                documented.append(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def _help_on(self, arg):
        try:
            helper = getattr(self, 'help_' + arg)
        except AttributeError:
            pass
        else:
            helper()
            return
        try:
            doc = getattr(self, 'do_' + arg).__doc__
        except AttributeError:
            doc = None
        if doc:
            self.stdout.write("%s\n" % str(doc))
        else:
            self.stdout.write("%s\n" % str(self.nohelp % (arg,)))

    def print_topics(self, header, cmds, cmdlen, maxcol):
        """Write a titled, columnized list of names (nothing if empty)."""
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Write a list of strings in as few rows as fit displaywidth.

        Entries run down the columns; each column is as wide as its longest
        entry and columns are separated by two spaces.
        """
        items = list
        if not items:
            self.stdout.write("<empty>\n")
            return
        bad = [str(i) for i, item in enumerate(items)
               if not isinstance(item, str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s"
                            % ", ".join(bad))
        count = len(items)
        if count == 1:
            self.stdout.write('%s\n' % str(items[0]))
            return
        layout = None
        for nrows in range(1, count):
            ncols = (count + nrows - 1) // nrows
            widths = []
            total = -2
            for col in range(ncols):
                column = items[col * nrows:(col + 1) * nrows]
                width = max(len(x) for x in column) if column else 0
                widths.append(width)
                total += width + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                layout = (nrows, ncols, widths)
                break
        if layout is None:
            # Nothing fits: one entry per line, no padding.
            layout = (count, 1, [0])
        nrows, ncols, widths = layout
        for row in range(nrows):
            cells = []
            for col in range(ncols):
                index = row + nrows * col
                cells.append(items[index] if index < count else "")
            while cells and not cells[-1]:
                cells.pop()
            cells = [cell.ljust(widths[col]) for col, cell in enumerate(cells)]
            self.stdout.write("%s\n" % str("  ".join(cells)))
