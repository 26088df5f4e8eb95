#include "storage/JsonFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace keyway;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

ino_t inode(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

} // namespace

class TestJsonFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatIsSortedTwoSpaceWithTrailingNewline()
    {
        const QJsonObject object {{QStringLiteral("zeta"), 1},
            {QStringLiteral("alpha"), QJsonObject {{QStringLiteral("b"), true}}},
            {QStringLiteral("list"), QJsonArray {QStringLiteral("x")}},
            {QStringLiteral("empty"), QJsonArray {}}, {QStringLiteral("none"), QJsonObject {}}};
        QCOMPARE(JsonFile::format(object),
            QByteArray("{\n"
                       "  \"alpha\": {\n"
                       "    \"b\": true\n"
                       "  },\n"
                       "  \"empty\": [],\n"
                       "  \"list\": [\n"
                       "    \"x\"\n"
                       "  ],\n"
                       "  \"none\": {},\n"
                       "  \"zeta\": 1\n"
                       "}\n"));
    }

    void writeAddsSchemaVersionAndIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/sub/file.json"));
        QVERIFY(JsonFile::write(path, {{QStringLiteral("a"), 1}}).ok());
        const auto object = JsonFile::read(path);
        QVERIFY2(object.ok(), qPrintable(object.error()));
        QCOMPARE(object->value(QStringLiteral("schemaVersion")).toInt(), JsonFile::SchemaVersion);
        const auto ownerAndOthers = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(
            QFileInfo(path).permissions() & ownerAndOthers, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const auto folderPermissions = QFileInfo(dir.filePath(QStringLiteral("new"))).permissions();
        QCOMPARE(
            folderPermissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther), 0);
    }

    void writeReplacesTheFileAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.json"));
        QVERIFY(JsonFile::write(path, {{QStringLiteral("v"), 1}}).ok());
        const ino_t before = inode(path);
        QVERIFY(JsonFile::write(path, {{QStringLiteral("v"), 2}}).ok());
        // A new inode means a complete file was renamed into place; readers never see half a file.
        QVERIFY(inode(path) != before);
        QCOMPARE(JsonFile::read(path)->value(QStringLiteral("v")).toInt(), 2);
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("f.json")});
    }

    void writeIntoAFileFailsClearly()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        writeRaw(blocker, "keep me");
        const Status status = JsonFile::write(blocker + QStringLiteral("/f.json"), {});
        QVERIFY(!status);
        QVERIFY2(status.error().contains(QLatin1String("blocker")), qPrintable(status.error()));
        QCOMPARE(readAll(blocker), QByteArray("keep me"));
    }

    void corruptFileReportsLineAndColumnAndIsUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        const QByteArray bytes("{\n  \"schemaVersion\": 1,\n  \"name\": \"x\"\n  \"kind\": 2\n}\n");
        writeRaw(path, bytes);
        const auto result = JsonFile::read(path);
        QVERIFY(!result);
        QCOMPARE(result.failure().kind, ErrorKind::FileFormat);
        QVERIFY2(result.error().startsWith(path + QStringLiteral(":4:")), qPrintable(result.error()));
        QCOMPARE(readAll(path), bytes);
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.json"));
        const QByteArray bytes("{\"schemaVersion\": 99, \"name\": \"x\"}");
        writeRaw(path, bytes);
        const auto result = JsonFile::read(path);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(path), qPrintable(result.error()));
        QVERIFY2(result.error().contains(QLatin1String("newer Keyway")), qPrintable(result.error()));
        QCOMPARE(readAll(path), bytes);
    }

    void missingSchemaOrWrongShapeIsAnError()
    {
        QTemporaryDir dir;
        const QString noVersion = dir.filePath(QStringLiteral("a.json"));
        writeRaw(noVersion, "{\"name\": \"x\"}");
        QVERIFY(JsonFile::read(noVersion).error().contains(QLatin1String("schemaVersion")));
        const QString array = dir.filePath(QStringLiteral("b.json"));
        writeRaw(array, "[1, 2]");
        QVERIFY(JsonFile::read(array).error().contains(QLatin1String("JSON object")));
        QCOMPARE(
            JsonFile::read(dir.filePath(QStringLiteral("none.json"))).failure().kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestJsonFile)
#include "tst_jsonfile.moc"
