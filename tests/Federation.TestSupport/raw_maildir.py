"""An aiosmtpd handler that stores each accepted mail as received, in a Maildir's new/ folder.

aiosmtpd's own Mailbox handler parses every mail into Python objects and writes it out again: on a
2-core machine that costs about a millisecond of CPU per mail, taken from the product whose sending
the tests and benchmarks measure. This keeps the bytes the client sent (line ends as LF, as Mailbox
wrote them), which is also what a test should read.
"""
import itertools
import os
import socket
import time


class RawMaildir:
    def __init__(self, path):
        self.path = path
        for folder in ("tmp", "new", "cur"):
            os.makedirs(os.path.join(path, folder), exist_ok=True)
        self.sequence = itertools.count()
        self.host = socket.gethostname()

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 1:
            parser.error("RawMaildir takes the Maildir's folder")
        return cls(args[0])

    async def handle_DATA(self, server, session, envelope):
        name = f"{time.time_ns()}.P{os.getpid()}Q{next(self.sequence)}.{self.host}"
        temporary = os.path.join(self.path, "tmp", name)
        with open(temporary, "wb") as mail:
            mail.write(envelope.original_content.replace(b"\r\n", b"\n"))
        # Renamed into new/ only when complete: a reader never sees half a mail.
        os.rename(temporary, os.path.join(self.path, "new", name))
        return "250 OK"
