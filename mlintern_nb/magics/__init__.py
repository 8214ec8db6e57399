"""IPython extension: ``%load_ext mlintern_nb`` registers ``%mlintern`` / ``%%mlintern``.

Configuration is the shell's ``MLIntern`` configurable (``%config MLIntern.max_attempts = 3``,
``c.MLIntern…`` in ipython_config.py, or ``MLINTERN_*`` environment variables). The last exception of
the user's code is kept (``shell.set_custom_exc``) for ``%mlintern fix``.
"""
from __future__ import annotations

_state: dict = {}


def __getattr__(name: str):  # IPython is imported only when the magics are (header.py stays import-free)
    if name == "MLInternMagics":
        from .core import MLInternMagics
        return MLInternMagics
    raise AttributeError(name)


def load_ipython_extension(ipython) -> None:
    from ..config import MLIntern, set_config
    from .core import MLInternMagics
    if "magics" in _state and _state.get("shell") is ipython:
        return
    cfg = MLIntern(parent=ipython)
    if cfg not in ipython.configurables:
        ipython.configurables.append(cfg)
    set_config(cfg)
    magics = MLInternMagics(ipython, cfg)
    ipython.register_magics(magics)
    ipython.events.register("pre_run_cell", magics.pre_run_cell)
    _state.update(shell=ipython, magics=magics, cfg=cfg, custom_exc=False)
    if not getattr(ipython, "custom_exceptions", ()):  # don't take over someone else's handler

        def _handler(shell, etype, evalue, tb, tb_offset=None):
            try:
                magics.record_error(etype, evalue, tb)
            finally:
                shell.showtraceback((etype, evalue, tb), tb_offset=tb_offset)
            return None

        ipython.set_custom_exc((Exception,), _handler)
        _state["custom_exc"] = True


def unload_ipython_extension(ipython) -> None:
    from ..config import set_config
    cfg = _state.get("cfg")
    magics = _state.get("magics")
    if magics is not None:
        if magics.session is not None:  # no sandbox container outlives the extension
            magics.session.stop()
        try:
            ipython.events.unregister("pre_run_cell", magics.pre_run_cell)
        except ValueError:
            pass
    if _state.get("custom_exc"):
        ipython.set_custom_exc((), None)
    if cfg is not None and cfg in ipython.configurables:
        ipython.configurables.remove(cfg)
    ipython.magics_manager.magics["line"].pop("mlintern", None)
    ipython.magics_manager.magics["cell"].pop("mlintern", None)
    set_config(None)
    _state.clear()


__all__ = ["MLInternMagics", "load_ipython_extension", "unload_ipython_extension"]
