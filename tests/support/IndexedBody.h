#pragma once

#include "view/BodyStore.h"

#include <memory>

// An IndexedText (PlainLines, PrettyJsonLines) of what `store` holds, indexed in pieces of `piece`
// bytes as a body arriving in pieces would be.
template<typename Lines>
std::shared_ptr<Lines> indexedInPieces(const std::shared_ptr<keyway::BodyStore> &store, qsizetype piece)
{
    auto lines = std::make_shared<Lines>(store);
    for (qint64 at = 0; at < store->size(); at += piece)
        store->visit(at, at + piece, [&](QByteArrayView bytes, qint64 offset) {
            lines->index(bytes, offset);
            return true;
        });
    lines->finishIndex();
    return lines;
}
