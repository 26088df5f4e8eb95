#include "composer/RequestPane.h"
#include "core/Settings.h"
#include "history/HistoryStore.h"
#include "MainWindow.h"
#include "ScriptedPrompter.h"
#include "secrets/MemorySecretStore.h"
#include "session/KeyService.h"
#include "storage/WorkspaceStore.h"
#include "tabs/DocumentTabs.h"
#include "TreeSearch.h"
#include "workspace/RequestFiles.h"
#include "workspace/WorkspacePanel.h"
#include "workspace/WorkspaceTreeModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace keyway;
using namespace keyway::ui;

// Organising saved requests: folders made, renamed and moved, requests dragged between them; the
// files move on disk and every step can be undone.
class TestCollections : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ScriptedPrompter m_prompter;
    MemorySecretStore m_secrets;
    KeyService m_keys {m_secrets, m_dir.filePath(QStringLiteral("key-dates.json"))}; // dates where the test says
    HistoryStore m_history;

    // What the tree view does on a drop: the dragged row's data, dropped onto the target row.
    static bool drag(QTreeView *tree, const QString &item, const QString &onto)
    {
        QAbstractItemModel *model = tree->model();
        const QModelIndex source = findInTree(model, item);
        const QModelIndex target = findInTree(model, onto);
        if (!source.isValid() || !target.isValid() || !(model->flags(source) & Qt::ItemIsDragEnabled)
            || !(model->flags(target) & Qt::ItemIsDropEnabled))
            return false;
        std::unique_ptr<QMimeData> data(model->mimeData({source}));
        if (!model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, target))
            return false;
        model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, target);
        return true;
    }

    Workspace makeWorkspace()
    {
        auto workspace
            = WorkspaceStore::create(m_dir.filePath(QStringLiteral("ws")), QStringLiteral("Folders")).value();
        RequestSpec request;
        request.name = QStringLiteral("List invoices");
        request.collection = QStringLiteral("billing");
        request.url = QStringLiteral("/invoices");
        (void)WorkspaceStore::saveRequest(workspace, request);
        request.name = QStringLiteral("Ping");
        request.collection.clear();
        (void)WorkspaceStore::saveRequest(workspace, request);
        return WorkspaceStore::load(workspace.rootPath).value();
    }

private Q_SLOTS:
    void foldersAndDragAndDropMoveFiles()
    {
        const Workspace workspace = makeWorkspace();
        Settings settings(m_dir.filePath(QStringLiteral("folders.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        QVERIFY(window.openWorkspace(workspace.rootPath));
        QTreeView *tree = window.workspacePanel()->treeView();
        QAbstractItemModelTester tester(
            window.workspacePanel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto fileOf = [&](const QString &collection, const QString &name) {
            RequestSpec request;
            request.collection = collection;
            request.name = name;
            return WorkspaceStore::requestPath(workspace, request);
        };

        // A new, empty folder shows in the tree.
        m_prompter.text = QStringLiteral("archive");
        window.requestFiles()->newFolder({});
        QVERIFY(QFileInfo(WorkspaceStore::folderPath(workspace, QStringLiteral("archive"))).isDir());
        QVERIFY(findInTree(tree->model(), QStringLiteral("archive")).isValid());

        // A request dragged onto it moves its file; an open tab follows.
        const RequestSpec invoices
            = *window.requestFiles()->requestAt(findInTree(tree->model(), QStringLiteral("List invoices")));
        window.tabs()->openRequest(invoices);
        QVERIFY(drag(tree, QStringLiteral("List invoices"), QStringLiteral("archive")));
        QVERIFY(QFile::exists(fileOf(QStringLiteral("archive"), QStringLiteral("List invoices"))));
        QVERIFY(!QFile::exists(fileOf(QStringLiteral("billing"), QStringLiteral("List invoices"))));
        QCOMPARE(window.requestPane()->request().collection, QStringLiteral("archive"));
        window.undoStack()->undo();
        QVERIFY(QFile::exists(fileOf(QStringLiteral("billing"), QStringLiteral("List invoices"))));
        window.undoStack()->redo();

        // A folder dragged into another moves with its requests; into itself is not a place to drop.
        QVERIFY(drag(tree, QStringLiteral("billing"), QStringLiteral("archive")));
        QVERIFY(QFileInfo(WorkspaceStore::folderPath(workspace, QStringLiteral("archive/billing"))).isDir());
        QVERIFY(!drag(tree, QStringLiteral("archive"), QStringLiteral("billing"))
            || !m_prompter.errors.isEmpty());
        QVERIFY(QFileInfo(WorkspaceStore::folderPath(workspace, QStringLiteral("archive"))).isDir());
        m_prompter.errors.clear();

        // Rename a folder; its requests and the open tab go with it; Undo puts it back.
        m_prompter.text = QStringLiteral("old invoices");
        window.requestFiles()->renameFolder(QStringLiteral("archive"));
        QVERIFY(QFile::exists(fileOf(QStringLiteral("old invoices"), QStringLiteral("List invoices"))));
        QCOMPARE(window.requestPane()->request().collection, QStringLiteral("old invoices"));
        window.undoStack()->undo();
        QVERIFY(QFile::exists(fileOf(QStringLiteral("archive"), QStringLiteral("List invoices"))));

        // A rename the file system refuses (the name is taken) says why and leaves no Undo step.
        QVERIFY(WorkspaceStore::createFolder(workspace, QStringLiteral("taken")));
        QVERIFY(window.openWorkspace(workspace.rootPath));
        const int undoSteps = window.undoStack()->index();
        const QString lastStep = window.undoStack()->undoText();
        m_prompter.text = QStringLiteral("taken");
        window.requestFiles()->renameFolder(QStringLiteral("archive"));
        QCOMPARE(m_prompter.errors.size(), 1);
        QVERIFY2(m_prompter.errors.first().contains(QLatin1String("there is a folder 'taken' already")),
            qPrintable(m_prompter.errors.first()));
        QCOMPARE(window.undoStack()->index(), undoSteps);
        QCOMPARE(window.undoStack()->undoText(), lastStep);
        QVERIFY(QFile::exists(fileOf(QStringLiteral("archive"), QStringLiteral("List invoices"))));
        m_prompter.errors.clear();

        // A bad folder name is refused with the reason; a taken request name refuses the move.
        m_prompter.text = QStringLiteral("../escape");
        window.requestFiles()->newFolder({});
        QCOMPARE(m_prompter.errors.size(), 1);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("escape"))));
        RequestSpec twin
            = *window.requestFiles()->requestAt(findInTree(tree->model(), QStringLiteral("Ping")));
        twin.collection = QStringLiteral("archive");
        (void)WorkspaceStore::saveRequest(workspace, twin);
        QVERIFY(window.openWorkspace(workspace.rootPath));
        m_prompter.errors.clear();
        RequestSpec topPing = twin;
        topPing.collection.clear();
        window.requestFiles()->moveRequest(topPing, QStringLiteral("archive"));
        QCOMPARE(m_prompter.errors.size(), 1);
    }
};

QTEST_MAIN(TestCollections)
#include "tst_collections.moc"
