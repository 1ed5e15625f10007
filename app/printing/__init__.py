"""Printed documents: the integration plan, the assessment summary, the client's data extract and the
annual report for the welfare group. Pure ``app/`` code (ReportLab, no Qt): any thread may print.

Each document reads what it needs in one session and writes one access-log row (PRINT or EXPORT,
detail = the document kind). See docs/printing.md.
"""
