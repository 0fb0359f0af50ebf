from collections import Counter
from polnear import load
from train_attribution_cues import labelled_tokens, train
from features.cue_model import CueModel
from features.document import Document
from features.attribution import extract, KIND
from attribution import overlaps
data=load(); labelled=labelled_tokens(data)
pubs=[a["meta"]["publisher"] for a,_ in data]
fp=Counter(); fn=Counter(); ex={}
for held in ("nyt","politico"):
    f=train([r for r,p in zip(labelled,pubs) if p!=held])
    m=CueModel(frozenset(f["candidates"]), f["weights"], f["intercept"], 0.5)
    for (art,atts),p in zip(data,pubs):
        if p!=held: continue
        t=art["text"]; doc=Document(t)
        pred=[(e.start,e.end) for e in extract(doc,m).evidence if e.kind==KIND and e.label=="cue"]
        gold=[a["cue"] for a in atts if a["cue"]]
        for s in pred:
            if not any(overlaps(s,g) for g in gold):
                w=t[s[0]:s[1]].lower(); fp[w]+=1; ex.setdefault(("fp",w),[]).append(doc.normalized[max(0,s[0]-100):s[1]+50])
        for g in gold:
            if not any(overlaps(s,g) for s in pred):
                w=" ".join(t[a:b] for a,b in g).lower(); fn[w]+=1; ex.setdefault(("fn",w),[]).append(doc.normalized[max(0,g[0][0]-100):g[-1][1]+50])
print("FP", sum(fp.values()), fp.most_common(25))
print("FN", sum(fn.values()), fn.most_common(25))
for k in ["found","showed","shows",":"]:
    for kind in ("fp","fn"):
        for e in ex.get((kind,k),[])[:4]: print(kind,k,"|",repr(e))
