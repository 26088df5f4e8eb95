#pragma once

#include <QAbstractItemModel>
#include <QString>

// The first row (depth first) whose first column reads `name`, for tests that click in a tree.
inline QModelIndex findInTree(
    const QAbstractItemModel *model, const QString &name, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
        if (const QModelIndex found = findInTree(model, name, index); found.isValid())
            return found;
    }
    return {};
}
