"""mlintern_nb — an ML research intern that lives in the notebook.

``%load_ext mlintern_nb`` registers the ``%mlintern`` magics.
"""
from ._version import __version__


def load_ipython_extension(ipython):
    from .magics import load_ipython_extension as _load
    _load(ipython)


def unload_ipython_extension(ipython):
    from .magics import unload_ipython_extension as _unload
    _unload(ipython)


def _jupyter_labextension_paths():
    return [{"src": "labextension", "dest": "mlintern-nb"}]
__all__ = ["__version__", "load_ipython_extension", "unload_ipython_extension"]
