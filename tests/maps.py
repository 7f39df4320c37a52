"""A made-up relationship map of any size, for the map's tests and the benchmark (which
loads this file by path, so it imports nothing of pytest's)."""

from __future__ import annotations

import random

from kg.model import ENTITY_TYPES
from kg.render import MapArticle, MapData, MapEntity, MapFact, MapMention, MapSentence


def synthetic_map(entities: int = 5000, *, edges_per_entity: int = 2, seed: int = 7) -> MapData:
    """A made-up map of ``entities`` entities with hubs (a few entities connected to many),
    about ``edges_per_entity`` connections each, mentions, sentences and articles."""
    rng = random.Random(seed)
    articles = {
        f"urn:a:{i}": MapArticle(f"urn:a:{i}", i + 1, f"文章{i + 1}", f"来源{i % 12}", "2014-06-13")
        for i in range(max(1, entities // 25))
    }
    article_keys = sorted(articles)
    found, mentions, sentences = [], [], {}
    for i in range(entities):
        kind = ENTITY_TYPES[i % len(ENTITY_TYPES)]
        lat, lon = (rng.uniform(18, 50), rng.uniform(75, 130)) if kind == "Place" else (None, None)
        key = f"urn:e:{i:05d}"
        found.append(MapEntity(key, f"实体{i}", f"entity {i}", (f"别名{i}",), kind, (), None, lat, lon))
        for k in range(1 + i % 3):
            article = article_keys[rng.randrange(len(article_keys))]
            sentence = f"urn:s:{i}:{k}"
            sentences[sentence] = MapSentence(sentence, f"这是关于实体{i}的第{k}个句子。", 100 * k, article)
            mentions.append(MapMention(key, f"实体{i}", 100 * k + 4, 100 * k + 4 + len(f"实体{i}"), sentence, article))
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < entities * edges_per_entity:
        a, b = rng.randrange(entities), int(rng.paretovariate(1.1)) % entities
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    facts = []
    for a, b in sorted(pairs):
        relation = "coOccursWith" if rng.random() < 0.8 else rng.choice(["publishes", "locatedIn", "uses", "partOf"])
        confidence = 0.5 if relation == "coOccursWith" else 0.9
        facts.append(
            MapFact(f"urn:e:{a:05d}", relation, f"urn:e:{b:05d}", rng.randint(1, 5), confidence, "", (f"urn:s:{a}:0",))
        )
    return MapData(tuple(found), tuple(facts), tuple(mentions), sentences, articles)
