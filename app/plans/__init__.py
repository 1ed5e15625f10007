"""Integration plans (KotoL §16-17), inside out; each module imports only those above it:

- ``core``: the values handed out (``PlanDetail``, ``Goal``, ``Measure``, ``PlanFinding``) and the states.
- ``diff``: what changed between two versions (pure).
- ``latest``: each client's newest plan as one subquery, for lists over many clients.
- ``rules``: rule findings on plans, the reasons they need, and what the new-plan dialog offers.
- ``base``: what the services share: checks, the lock guard, the access log, rows to values.
- ``lifecycle``: create, read, change, agree-sign-close, reviews as new versions.
- ``items``: goals and measures of a plan.

Nothing is re-exported here: import from the module that holds the name.
"""
