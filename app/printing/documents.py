"""Making one of a client's printed documents: the one entry point for the print dialog, the batch
print (``ui.print_queue``) and ``polku print``, so they cannot drift apart in what they print or log.

Each document is read in one session that also writes its one access-log row (``log_document``),
named by the document kind, never by a person:

- plan: PRINT, entity ``integration_plan``, detail ``plan`` (office copy: ``plan-office``), record =
  the plan version printed;
- assessment: PRINT, entity ``assessment``, detail ``assessment``, record = the assessment printed;
- extract: PRINT, entity ``client``, detail ``extract``; as JSON: EXPORT, detail ``extract-json``.

Pure ``app/`` code: the UI calls it on its worker thread.
"""

from __future__ import annotations

from typing import Literal

from app.printing.assessment import assessment_pdf
from app.printing.extract import extract_json
from app.printing.extract_pdf import extract_pdf
from app.printing.plan import plan_pdf
from app.workspace import Workspace

Kind = Literal["plan", "assessment", "extract"]
Copy = Literal["client", "office"]
Format = Literal["pdf", "json"]
KINDS: tuple[Kind, ...] = ("plan", "assessment", "extract")


def make_document(
    ws: Workspace,
    client_id: str,
    kind: Kind,
    *,
    lang: str | None,
    plan_id: str | None = None,
    copy: Copy = "client",
    assessment_id: str | None = None,
    fmt: Format = "pdf",
) -> bytes:
    """The document's bytes; logs its access-log row (see the table above).

    ``lang``: the second language after Finnish (None: the client's own, else English; the extract
    PDF: the client's own, else Finnish only). ``plan_id``/``assessment_id``: a given version instead
    of the newest. ``copy="office"``: the plan's internal copy listing the rule findings. ``fmt="json"``
    exists for the extract only (the machine-readable right-of-access copy).
    """
    if fmt == "json" and kind != "extract":
        raise ValueError(f"only the extract has a JSON form, not {kind}")
    if kind == "plan":
        return plan_pdf(ws, client_id=client_id, plan_id=plan_id, lang=lang, office=copy == "office")
    if kind == "assessment":
        return assessment_pdf(ws, client_id=client_id, assessment_id=assessment_id, lang=lang)
    if fmt == "json":
        return extract_json(ws, client_id=client_id)
    return extract_pdf(ws, client_id=client_id, lang=lang)
