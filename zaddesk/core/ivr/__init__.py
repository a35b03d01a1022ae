"""The IVR call flow: model, reading, plan, validation, simulation, layout and the file.

No Qt here; the canvas in ``zaddesk/gui/pbx`` is a view of this model.
"""

from zaddesk.core.ivr.layout import flow_graph, layered_layout
from zaddesk.core.ivr.model import (
    DEFAULT_KEY,
    Extension,
    Flow,
    Menu,
    Scenario,
    Target,
    key_label,
)
from zaddesk.core.ivr.plan import Call, PlanError, plan
from zaddesk.core.ivr.read import flow_from_answers, read_flow
from zaddesk.core.ivr.serial import LayoutFile, LayoutFileError, dumps, loads
from zaddesk.core.ivr.simulate import Simulation, simulate, simulate_static
from zaddesk.core.ivr.template import adopt
from zaddesk.core.ivr.validate import Problem, validate

__all__ = [
    "DEFAULT_KEY",
    "Call",
    "Extension",
    "Flow",
    "LayoutFile",
    "LayoutFileError",
    "Menu",
    "PlanError",
    "Problem",
    "Scenario",
    "Simulation",
    "Target",
    "adopt",
    "dumps",
    "flow_from_answers",
    "flow_graph",
    "key_label",
    "layered_layout",
    "loads",
    "plan",
    "read_flow",
    "simulate",
    "simulate_static",
    "validate",
]
