"""mlintern_nb — an ML research intern that lives in the notebook.

``%load_ext mlintern_nb`` registers the ``%mlintern`` magics.
"""
__version__ = "0.1.0"


def load_ipython_extension(ipython):
    from .magics import load_ipython_extension as _load
    _load(ipython)


def unload_ipython_extension(ipython):
    from .magics import unload_ipython_extension as _unload
    _unload(ipython)


def _jupyter_labextension_paths():
    return [{"src": "labextension", "dest": "mlintern-nb"}]
