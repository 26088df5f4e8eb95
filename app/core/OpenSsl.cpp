#include "core/OpenSsl.h"

#include <QLibrary>
#include <QStringList>

namespace keyway {

namespace {

Expected<OpenSsl> loadLibraries()
{
    // The major version that the headers describe: another one's functions may differ.
    QLibrary crypto(QStringLiteral("crypto"), 3);
    QLibrary ssl(QStringLiteral("ssl"), 3);
    for (QLibrary *library : {&crypto, &ssl}) {
        if (!library->load())
            return Failure {ErrorKind::NotFound,
                OpenSsl::tr("OpenSSL 3 is needed for this and cannot be loaded: %1").arg(library->errorString())};
    }
    OpenSsl functions;
    QStringList missing;
    const auto resolve = [&missing](QLibrary &library, const char *name, auto &pointer) {
        // QFunctionPointer is void (*)(), which converts to any function pointer type and back.
        pointer = reinterpret_cast<std::remove_reference_t<decltype(pointer)>>(library.resolve(name));
        if (!pointer)
            missing.append(QLatin1String(name));
    };
#define KEYWAY_RESOLVE_CRYPTO(name) resolve(crypto, #name, functions.name);
#define KEYWAY_RESOLVE_SSL(name) resolve(ssl, #name, functions.name);
    KEYWAY_LIBCRYPTO_FUNCTIONS(KEYWAY_RESOLVE_CRYPTO)
    KEYWAY_LIBSSL_FUNCTIONS(KEYWAY_RESOLVE_SSL)
#undef KEYWAY_RESOLVE_CRYPTO
#undef KEYWAY_RESOLVE_SSL
    if (!missing.isEmpty())
        return Failure {ErrorKind::NotFound,
            OpenSsl::tr("the OpenSSL found lacks %1").arg(missing.join(QStringLiteral(", ")))};
    return functions; // the libraries stay loaded: QLibrary unloads only when asked to
}

const Expected<OpenSsl> &loaded()
{
    static const Expected<OpenSsl> libraries = loadLibraries(); // once, thread-safe
    return libraries;
}

} // namespace

Expected<const OpenSsl *> OpenSsl::load()
{
    if (!loaded())
        return loaded().failure();
    return &loaded().value();
}

const OpenSsl &OpenSsl::functions()
{
    Q_ASSERT(loaded());
    return loaded().value();
}

} // namespace keyway
