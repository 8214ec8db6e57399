"""The words of the training fields: the keyword a value follows (``KEY_AFTER``), the unit it precedes
(``KEY_BEFORE``), the linking words allowed between them (``_GAP``), optimizer names and the phrases that mark
a number as someone else's, a schedule's or not used at all. Read by :mod:`.fields` (sentences) and
:mod:`.rows` (table rows)."""
from __future__ import annotations

import re

_I = re.I
KEY_AFTER = {  # field -> keyword regex; the value follows the keyword
    "learning_rate": re.compile(r"\b(?:learning[\s-]*rates?|lr|step[\s-]?size)\b", _I),
    "batch_size": re.compile(r"\b(?:(?:mini-?\s?)?batch[\s-]?sizes?|batchsize|(?:mini-?\s?)?batch(?:es)?\s+of)\b", _I),
    "weight_decay": re.compile(r"\bweight[\s-]?decay(?:\s+(?:factor|rate|coefficient))?\b|\bL2\s+(?:regulari[sz]ation|penalty)(?:\s+(?:multiplier|coefficient|weight|strength))?\b", _I),
    "dropout": re.compile(r"\b(?:dropout|drop-out)s?(?:\s+(?:rates?|probability|prob|ratio))?\b|\bP\s?_?drop\b", _I),
    "warmup": re.compile(r"\bwarm[\s-]?up(?:_?steps\b)?(?:\s+(?:ratio|steps|proportion|tokens|iterations|updates|period|phase))?\b", _I),
    "label_smoothing": re.compile(r"\blabel[\s-]smooth(?:ing)?\b", _I),
    "momentum": re.compile(r"\bmomentum\b", _I),
    "gradient_clipping": re.compile(r"\bgradient\s+clipping\b|\b(?:max(?:imum)?\s+)?gradient\s+norm\b|\bclip(?:ping)?\s+(?:the\s+)?gradients?\b|\bgrad(?:ient)?\s+clipping\b|\bgradients?\s+(?:are|were|is)\s+clipped\b", _I),
    "max_seq_length": re.compile(r"\b(?:max(?:imum)?\.?\s+)?(?:sequence|seq\.?)\s+len(?:gth)?\.?|\bcontext\s+(?:length|size|window)\b", _I),
    "epochs": re.compile(r"(?:number\s+of\s+|num\.?\s+|#\s*)(?:training\s+)?epochs?\b|\bepochs?(?=\s*[:=])", _I),
    "steps": re.compile(r"(?:number\s+of\s+|num\.?\s+|#\s*)(?:training\s+)?(?:steps|iterations|updates)\b|"
                        r"\b(?:training\s+)?iteration\s+number\b|"
                        r"\b(?:training\s+)?(?:steps|iterations)(?=\s*[:=])", _I),
    "lora_rank": re.compile(r"(?<=\s)(?:lora\s+)?rank(?:\s+r)?(?=\s*(?:of|=|:)?\s*\d)", _I),
    "lora_alpha": re.compile(r"\b(?:lora\s+)?(?:alpha|α)(?=\s*(?:of|=|:)?\s*\d)", _I),
}
KEY_BEFORE = {  # field -> unit regex; the value precedes the unit ("90 epochs")
    "epochs": re.compile(r"\s*(?:training\s+|total\s+)?(?:epochs?|passes|cycles)\b", _I),
    "steps": re.compile(r"\s*(?:training\s+|total\s+|gradient\s+|environment\s+)?(?:steps|iterations|updates|"
                        r"time-?steps)\b", _I),
    "warmup": re.compile(r"\s*(?:(?:steps|epochs?|iterations|updates)\s+of\s+)?(?:linear\s+)?warm[\s-]?up\b", _I),
    "dropout": re.compile(r"\s*(?:dropout|drop-out)\b", _I),
    "batch_size": re.compile(r"\s*(?:training\s+)?(?:examples|sequences|samples|images|sentences|tokens)\s+per\s+"
                             r"(?:mini-?)?batch\b", _I),
    "weight_decay": re.compile(r"\s*(?:weight[\s-]?decay|L2\s+(?:regulari[sz]ation|penalty))\b", _I),
    "momentum": re.compile(r"\s*momentum\b", _I),
    # "the 10^-3 learning rate for 40k iterations" (not "a 0.1 learning rate decay / multiplier")
    "learning_rate": re.compile(r"\s*(?:initial\s+|base\s+)?learning[\s-]*rate\b(?!\s+(?:decay|multiplier|schedule|"
                                r"warm|drop|factor|scal))", _I),
}
# linking words allowed between a keyword and its value
_GAP = re.compile(
    r"^(?:\s|[:=(),{\[∈\"\u201c\u201d]|\b(?:of|to|is|was|were|are|be|been|set|setting|initiali[sz]ed|initially|init|starts?|started|"
    r"starting|with|a|an|the|fixed|constant|value|values|equal|at|we|use|used|using|kept|always|probability|rate|"
    r"ratio|factor|p|in|chosen|selected|among|from|over|peak|max|maximum|initial|base|global|"
    r"adam|ε|ϵ|η|α|λ|ls|size|sizes|layers?|applied|apply|schedule|first|for|total|around|about|"
    r"approximately|roughly|tuned|searched|sweep|grid|range|steps|prob|tokens|coefficient|norm|clipped|which|\d)\b)*$", _I)
_PHASE = re.compile(r"\s+for\s+(?:the\s+(?:next|first|last)\s+)?(?:about\s+)?$", _I)
_FIGURE_CAPTION = re.compile(r"\bFig(?:ure)?\.?\s*\d+\s*[:|]")
_CAPABILITY = re.compile(r"\b(?:can|could|may|might)\s+(?:also\s+|even\s+)?be\s+used\s+(?:with|in)\b", _I)
_BARE_DECAY = re.compile(r"\b(?:a|the)\s+decay\s+(?:of|=|is)\s*", _I)
_UNIT_AFTER = re.compile(r"^\s*(?:-\s*)?(?P<u>epochs?|steps|iterations|updates|layers|hours|days|gpus|tpus|heads|"
                         r"times|x|×|seconds|minutes|parameters|params|billion|million|classes|images|words|"
                         r"sentences|examples|tokens|sequences|samples|dimensions|units|%|percent)\b", _I)
_OK_UNITS = {
    "batch_size": {"tokens", "sequences", "examples", "images", "samples", "sentences", "words"},
    "warmup": {"steps", "iterations", "updates", "tokens", "epochs", "%", "percent"},
    "max_seq_length": {"tokens"},
    "dropout": {"%", "percent"},
    "weight_decay": set(),
}
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|ours)\b", _I)
_OTHERS = re.compile(r"\b(?:they|them|their\s+(?:models?|methods?|approach|experiments?|set-?up|implementation|"
                     r"work|paper|training|results?)|the\s+authors|the\s+original\s+(?:paper|work|implementation))\b|(?:et al\.?|\]|\d{4}\))\s*(?:also\s+)?(?:use[sd]?|train(?:s|ed)?|report(?:s|ed)?|set|found|adopt(?:s|ed)?|employ(?:s|ed)?)\b", _I)
_NUM_RUN = re.compile(r"(?:(?<=\s)|^)(?:[-+\u2212]?\d[\d.,]*%?\s+){4,}")
_INFERENCE = re.compile(r"\b(?:inference|latency|throughput|decoding speed|at test time)\b", _I)
_NU = r"(dropout|weight\s+decay|warm-?\s?up|label\s+smoothing)"
_NOT_USED = re.compile(rf"\bwe\s+(?:do|did)\s+not\s+(?:use|apply)\s+(?:any\s+)?{_NU}|\b(?:with|using)\s+no\s+{_NU}|"
                       rf"\bno\s+{_NU}\s+(?:is|was|were)\s+(?:used|applied)|,\s*no\s+{_NU}\s*(?:,|and\b)", _I)
_NOT_USED_FIELD = {"dropout": "dropout", "weight decay": "weight_decay", "warmup": "warmup",
                   "label smoothing": "label_smoothing"}
_LORA_CTX = re.compile(r"\bLoRA\b|\blow-?rank\b|\badapter", _I)
_BATCH_TOKENS = re.compile(r"\b(?:mini-?)?batch(?:es)?\s+(?:contained|contains|consisted\s+of|consists\s+of|had|has|"
                           r"of)\b[^.;]{0,60}?\b(?P<n>\d[\d,]*)\s+(?:source\s+|input\s+)?tokens\b", _I)
_WARM = re.compile(r"\bwarm[\s-]?up", _I)
_WITH_PROB = re.compile(r"\bwith\s+(?:a\s+)?probability\s+(?:of\s+)?(0?\.\d+)")
_KEEP_PROB = re.compile(r"\bkeep(?:ing)?[\s_-]*prob(?:ability)?|\bprobability\s+of\s+keeping\b|\bretain(?:ed)?\s+with\s+probability\b", _I)

OPTIMIZERS = [
    ("AdamW", re.compile(r"\badamw\b|decoupled weight decay", _I)),
    ("Adafactor", re.compile(r"\bada\s*factor\b", _I)),
    ("LAMB", re.compile(r"\bLAMB\b")),
    ("RMSProp", re.compile(r"\brms\s*prop\b", _I)),
    ("Adagrad", re.compile(r"\badagrad\b", _I)),
    ("Adam", re.compile(r"\badam(?!w)\b", _I)),
    ("LARS", re.compile(r"\bLARS\b")),
    ("SGD", re.compile(r"\bSGD\b|stochastic gradient descent|\bnesterov\b", _I)),
]
_USE_OPT = re.compile(r"(?:\bwe\s+(?:\w+\s+)?(?:use|used|employ|employed|adopt|adopted|train|trained|optimi[sz]e|"
                      r"fine-?tune|propose|run)\b|\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:trained|optimi[sz]ed|"
                      r"fine-?tuned)\b|\b(?:train\w*|optimi[sz]\w*|fine-?tun\w*)\b[^.;]{0,40}\b(?:using|with)\b|"
                      r"\boptimi[sz]er\s+(?:is|was)\b)[^.;]*$", _I)
_COMPARE = re.compile(r"\b(?:compar\w*|versus|vs\.?|than|outperform\w*|baselines?|unconventional|instead of|"
                      r"rather than|in contrast)\b", _I)
_SCHEDULE = re.compile(
    r"\b(?:cosine|linear(?:ly)?\s+(?:decay|warm-?up|schedule|learning rate schedule)|inverse\s+square\s+root|polynomial|"
    r"cosine\s+(?:\w+\s+)?(?:decay|schedule|annealing)|step\s+decay|exponential(?:ly)?\s+decay|divided\s+by\s+\d+|divide\s+(?:it|the learning rate)\s+by\s+\d+|"
    r"lowered\s+by|halv(?:e|ing)|reduced?\s+(?:it\s+)?by|decay(?:ed|s)?\s+(?:it\s+)?by|one-?cycle|plateau)\b", _I)
_HYPOTHETICAL = re.compile(r"\b(?:when|whenever|if)\b(?:(?!\bwe\b)[^,;.])*$|\bfor\s+an?\s+(?:[\w-]+\s+){0,3}"
                           r"(?:trained|optimi[sz]ed)\s+(?:with|using)\s*$", _I)
_DECAY_WORD = re.compile(r"\b(?:cosine|linear|polynomial|step|exponential)\s+(?:\w+\s+)?(?:decay|schedule|annealing)\b", _I)
_LR_WORD = re.compile(r"\blearning[\s-]*rates?\b|\blr\b", _I)
_RANK = re.compile(r"\br\s?[a-z]?\s*=\s*(?:r\s?[a-z]\s*=\s*)*(?P<n>\d+)\b(?!\s*(?:or|,))", _I)
_RANK_CTX = re.compile(r"\b(?:lora|rank|adaptation|config)", _I)



# one alternation of every keyword: most sentences name no training field and stop here
_ANY_FIELD = re.compile("|".join(
    [f"(?:{p.pattern})" for p in KEY_AFTER.values()] + [f"(?:{p.pattern.lstrip('^')})" for p in KEY_BEFORE.values()]
    + [f"(?:{p.pattern})" for _, p in OPTIMIZERS]
    + [_KEEP_PROB.pattern, r"\br\s?[a-z]?\s*=", _SCHEDULE.pattern, _BATCH_TOKENS.pattern, _NOT_USED.pattern]), _I)
