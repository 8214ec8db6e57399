"""Guards: the context that says a number next to a field keyword is *not* the run's setting.

Each pattern is matched against the text just before (``...$``) or just after (``.match`` at the
number's end) a candidate value by :func:`mlintern_nb.paper.extraction.fields.sentence_findings`:
derived values ("i.e. 40 epochs"), schedule points ("divided by 10 at 32k iterations"), repeated
evaluations, time lags, early-stopping patience, a value the paper rejects ("too high, using X
instead": X is taken), and a per-device batch whose total the sentence also states."""
from __future__ import annotations

import re

_I = re.I
DERIVED = re.compile(r"(?:\b(?:which\s+is|corresponding\s+to|equivalent\s+to|equals?|amounts?\s+to)\b|\b(?:i\.e|ca)\.,?)"
                     r"[^,;]*$", _I)
SCHEDULE_VERB = re.compile(r"\b(?:divid|decay|decreas|reduc|lower|drop|multipl|anneal|halv|cut)\w*\b[^,;]*$", _I)
BEFORE_BAD = re.compile(r"\b(?:(?<!training )(?<!terminate )(?<!stop )(?<!end )at|(?<!stopped )(?<!stop )(?<!terminated )(?<!ended )(?<!finished )after|every|each|first|last|until|within|than|per|by|up\s+to\s+the|next|compared\s+to|versus|vs\.?|"
                        r"initial|previous|final|remaining|other)\s*$", _I)
REPEATS = re.compile(r"\b(?:mean|average|averaged|std|standard\s+deviation|score|runs?)\b[^;.]{0,30}\bover\s+$", _I)
LAG_BEFORE = re.compile(r"\b(?:lags?|delays?|horizons?|lengths?|windows?|intervals?|every|apart|between|in\s+excess\s+of)\b"
                        r"[^;.]{0,25}$", _I)
LAG_AFTER = re.compile(r"\s*(?:steps|time-?steps|iterations)\s+(?:ago|earlier|later|back|apart|in\s+the\s+(?:past|future))\b",
                       _I)
PATIENCE = re.compile(r"\bpatience\b[^,;.()]{0,12}$|\(\s*patience\s*[:=]?\s*$", _I)
TOO = re.compile(r"[^.;]{0,25}?\btoo\s+(?:high|low|large|small|big|slow|unstable)\b", _I)
INSTEAD = re.compile(r"\b(?:using|use|used|chose|choosing|took|set\s+it\s+to)\s+(?P<n>\d[\d.eE\-+^]*)\s+instead\b", _I)
PER_DEVICE_TOTAL = re.compile(r"\s*(?:[a-z]+\s+)?per\s+(?:GPU|device|core|worker|replica|accelerator|node|TPU)s?\b"
                              r"\s*\(\s*(?:so|i\.e\.,?|that\s+is,?)?\s*(?P<n>\d[\d,]*)\s+(?:in\s+total|total|overall|"
                              r"on|across|with|for|over)\b", _I)
