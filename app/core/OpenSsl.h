#pragma once

#include "core/Expected.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

namespace keyway {

// The OpenSSL functions Keyway calls itself: RS256/ES256 signatures of JWTs (libcrypto) and the
// client-certificate check (libssl). Names are the real functions; macros over them (EVP_PKEY_base_id,
// SSL_set_tlsext_host_name, SSL_CTX_set_min_proto_version) are spelled as the calls they stand for.
#define KEYWAY_LIBCRYPTO_FUNCTIONS(F)                                                                            \
    F(BIO_new_mem_buf) F(BIO_free) F(BN_bn2binpad) F(d2i_ECDSA_SIG) F(ECDSA_SIG_free) F(ECDSA_SIG_get0_r)       \
    F(ECDSA_SIG_get0_s) F(ERR_clear_error) F(ERR_get_error) F(ERR_reason_error_string) F(EVP_DigestSign)         \
    F(EVP_DigestSignInit) F(EVP_MD_CTX_free) F(EVP_MD_CTX_new) F(EVP_PKEY_free) F(EVP_PKEY_get_base_id)         \
    F(EVP_sha256) F(PEM_read_bio_PrivateKey) F(PEM_read_bio_X509) F(X509_free) F(X509_STORE_add_cert)          \
    F(X509_VERIFY_PARAM_set1_ip_asc) F(X509_verify_cert_error_string)
#define KEYWAY_LIBSSL_FUNCTIONS(F)                                                                               \
    F(SSL_connect) F(SSL_ctrl) F(SSL_CTX_ctrl) F(SSL_CTX_free) F(SSL_CTX_get_cert_store) F(SSL_CTX_new)         \
    F(SSL_CTX_set_default_verify_paths) F(SSL_free) F(SSL_get0_param) F(SSL_get_error) F(SSL_get_verify_result) \
    F(SSL_new) F(SSL_read) F(SSL_set1_host) F(SSL_set_cert_cb) F(SSL_set_fd) F(SSL_set_verify) F(SSL_shutdown)  \
    F(SSL_use_certificate) F(SSL_use_PrivateKey) F(TLS_client_method)

// OpenSSL, loaded the first time one of its functions is needed rather than with the program.
// Linked, libssl and libcrypto made every start of keyway-cli and of the window load and relocate
// them — some 2 ms of a 19 ms `keyway-cli send` — for the two features above that most commands
// never use. (Qt's own TLS backend loads them the same way once a connection is encrypted.)
struct OpenSsl
{
    // The functions, loaded once by whichever thread asks first; or why they could not be.
    static Expected<const OpenSsl *> load();
    // After a load() that succeeded.
    static const OpenSsl &functions();

#define KEYWAY_OPENSSL_POINTER(name) decltype(&::name) name = nullptr;
    KEYWAY_LIBCRYPTO_FUNCTIONS(KEYWAY_OPENSSL_POINTER)
    KEYWAY_LIBSSL_FUNCTIONS(KEYWAY_OPENSSL_POINTER)
#undef KEYWAY_OPENSSL_POINTER

    Q_DECLARE_TR_FUNCTIONS(OpenSsl) // last: it ends with "private:"
};

} // namespace keyway
