"""ASN Monitor entry point.

``python main.py`` opens the application; ``python main.py <command>`` runs an admin
command (``init``, ``demo``, ``user``, ``check``) without starting Qt; ``python main.py
print …`` writes a printout as PDF (with Qt, but no window).
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    from asn_monitor.cli import COMMANDS

    # Printing lays pages out with Qt, so it lives in ui/ and is routed apart from the
    # Qt-free admin commands.
    if argv[:1] == ["print"] or (len(argv) > 2 and argv[0] == "--lang" and argv[2] == "print"):
        from ui.printing.cli import main as print_main

        return print_main(argv[1:] if argv[0] == "print" else [argv[0], argv[1], *argv[3:]])
    if (argv and argv[0] in COMMANDS) or (
        len(argv) > 2 and argv[0] == "--lang" and argv[2] in COMMANDS
    ):
        from asn_monitor.cli import main as cli_main

        return cli_main(argv)
    if argv and argv[0] in ("-h", "--help") and len(argv) == 1:
        from asn_monitor.cli import build_parser

        print(
            "python main.py [--workspace DIR] [--shared DIR] [--demo] [--lang id|en]  "
            "(membuka aplikasi)\n"
        )
        build_parser().print_help()
        print(
            "\n  print case NOMOR --pdf BERKAS | print letter NOMOR --pdf BERKAS | "
            "print recap --from TANGGAL --to TANGGAL --pdf BERKAS\n"
            "                        cetak ringkasan kasus, surat penerusan, rekapitulasi "
            "(python main.py print --help)"
        )
        return 0
    from ui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
