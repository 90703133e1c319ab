"""Which coded events the shared news scorer counts right (../shared/tools/score_news.py), event by event.

The scorer prints only totals; this replays its matching with its own functions: per text, the coded events with an
ACLED type are paired with the gold events that are not background, greedily, best field agreement first."""
import sys


def scored_events(tools, gold_path, pred_path):
    """[(event, matched)] for every scored event of the predictions, in the order of the gold file's texts."""
    sys.path.insert(0, tools)
    import score_news as s

    gold, pred = s.load(gold_path), s.load(pred_path)
    out = []
    for tid, g in gold.items():
        scored = [e for e in (pred.get(tid, {}).get("events") or []) if e.get("acled_event_type")]
        news = [e for e in g.get("events", []) if not e.get("background")]
        pairs = sorted(
            ((sum(s.field_scores(ge, e).values()), i, j) for i, e in enumerate(scored) for j, ge in enumerate(news)
             if s.compatible(ge, e)),
            key=lambda t: (-t[0], t[1], t[2]))
        used_p, used_g = set(), set()
        for _, i, j in pairs:
            if i not in used_p and j not in used_g:
                used_p.add(i)
                used_g.add(j)
        out += [(e, i in used_p) for i, e in enumerate(scored)]
    return out
