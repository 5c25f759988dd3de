"""Drive a whole cycle through the workflow engine, as the office would."""

from tests.factories import ACTOR, start_cycle, step_data


def run_cycle(services, people, agreements, clock, *, until=9, data=None, year=2025, period=1):
    """Complete steps 1..`until`; `data` may replace a step's form data. Returns the cycle."""
    cycle = start_cycle(services, people, year=year, period=period)
    for step in range(1, until + 1):
        clock.advance(minutes=5)
        session = people[ACTOR[step]]
        task = services.workflow.inbox(session)[0]
        form = (data or {}).get(step) or step_data(step, people, agreements, services, cycle.id)
        services.workflow.complete(session, task.id, form)
    return cycle


def done_task(services, cycle, step):
    return next(
        t
        for t in services.workflow.cycle_tasks(cycle.id)
        if t.step == step and t.status == "selesai"
    )
