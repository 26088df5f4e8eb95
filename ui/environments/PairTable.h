#pragma once

#include "common/EditableTable.h"
#include "model/HeaderField.h"

namespace keyway::ui {

// A small name/value table with Add and Remove, for an environment's variables, static headers and
// query values, and token-request parameters. Says `edited` after every change the user makes.
class PairTable final : public EditableTable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairTable)

public:
    PairTable(const QString &nameHeader, const QString &valueHeader, QWidget *parent = nullptr);

    // Rows get a "JSON" tick beside the name: the value goes as JSON in a JSON body (HeaderField::json).
    void setJsonValuesAllowed(bool allowed);

    void setPairs(const QList<HeaderField> &pairs);
    // The rows with a name, in order.
    QList<HeaderField> pairs() const;
    void addRow(const QString &name = {}, const QString &value = {}, bool json = false);

private:
    bool m_jsonAllowed = false;
};

} // namespace keyway::ui
