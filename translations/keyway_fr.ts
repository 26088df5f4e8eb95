<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AnyImport</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3)</source>
        <translation>%1 n&apos;est pas du JSON valide (à l&apos;octet %2 : %3)</translation>
    </message>
    <message>
        <source>%1 is neither a Keyway export, a Postman collection (v2.1) nor an OpenAPI 3 document</source>
        <translation>%1 n&apos;est ni un export Keyway, ni une collection Postman (v2.1), ni un document OpenAPI 3</translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existe et n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>BodyStore</name>
    <message>
        <source>cannot create %1 for the response body</source>
        <translation>impossible de créer %1 pour le corps de la réponse</translation>
    </message>
    <message>
        <source>the response body (%1) is larger than the free space in %2 (%3); free some space or save the body with keyway-cli send -o FILE to a disk that has it</source>
        <translation>le corps de la réponse (%1) dépasse l’espace libre dans %2 (%3) ; libérez de l’espace ou enregistrez-le avec keyway-cli send -o FICHIER sur un disque qui peut le contenir</translation>
    </message>
    <message>
        <source>cannot create a file for the response body in %1: %2</source>
        <translation>impossible de créer un fichier pour le corps de la réponse dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot keep the response body in %1: %2 (is the disk full?)</source>
        <translation>impossible de conserver le corps de la réponse dans %1 : %2 (le disque est-il plein ?)</translation>
    </message>
</context>
<context>
    <name>BruDocument</name>
    <message>
        <source>line %1: expected a block such as &quot;meta {&quot;, found &quot;%2&quot;</source>
        <translation>ligne %1 : un bloc comme « meta { » attendu, « %2 » trouvé</translation>
    </message>
    <message>
        <source>line %1: the block &quot;%2&quot; is never closed with &quot;%3&quot;</source>
        <translation>ligne %1 : le bloc « %2 » n&apos;est jamais fermé par « %3 »</translation>
    </message>
</context>
<context>
    <name>BrunoImport</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MB</source>
        <translation>%1 dépasse 1 Mo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>environment %1: variable &apos;%2&apos;: %3</source>
        <translation>environnement %1 : variable « %2 » : %3</translation>
    </message>
    <message>
        <source>more than %1 request files: the rest are left out</source>
        <translation>plus de %1 fichiers de requête : le reste est laissé de côté</translation>
    </message>
    <message>
        <source>%1: no HTTP method block (get, post, …); left out</source>
        <translation>%1 : aucun bloc de méthode HTTP (get, post, …) ; laissé de côté</translation>
    </message>
    <message>
        <source>%1: the %2 block is JavaScript, not imported</source>
        <translation>%1 : le bloc %2 est du JavaScript, non importé</translation>
    </message>
    <message>
        <source>%1: the %2 body is missing</source>
        <translation>%1 : le corps %2 manque</translation>
    </message>
    <message>
        <source>%1: a %2 body is not imported</source>
        <translation>%1 : un corps %2 n&apos;est pas importé</translation>
    </message>
    <message>
        <source>%1: %2 auth is not imported (set it on the environment)</source>
        <translation>%1 : l&apos;authentification %2 n&apos;est pas importée (réglez-la sur l&apos;environnement)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n assert or variable line(s) not imported: %2</source>
        <translation>
            <numerusform>%1 : %n ligne assert ou de variable non importée : %2</numerusform>
            <numerusform>%1 : %n lignes assert ou de variable non importées : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a Bruno collection: it has no bruno.json</source>
        <translation>%1 n&apos;est pas une collection Bruno : il n&apos;a pas de bruno.json</translation>
    </message>
    <message>
        <source>environment %1: the value of %2 is not imported; set it in the environment&apos;s editor</source>
        <translation>environnement %1 : la valeur de %2 n&apos;est pas importée ; définissez-la dans l&apos;éditeur de l&apos;environnement</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>capture &quot;%1&quot;: %2</source>
        <translation>capture « %1 » : %2</translation>
    </message>
    <message>
        <source>write it as NAME = SOURCE, e.g. invoiceId = $.data.id</source>
        <translation>écrivez NOM = SOURCE, p. ex. invoiceId = $.data.id</translation>
    </message>
    <message>
        <source>name one header: location = header Location</source>
        <translation>nommez un en-tête : location = header Location</translation>
    </message>
    <message>
        <source>the regular expression is not valid at character %1: %2</source>
        <translation>l&apos;expression régulière n&apos;est pas valide au caractère %1 : %2</translation>
    </message>
    <message>
        <source>the source is status, header NAME, a JSON path ($.…) or regex PATTERN, not &quot;%1&quot;</source>
        <translation>la source est status, header NOM, un chemin JSON ($.…) ou regex MOTIF, pas « %1 »</translation>
    </message>
    <message>
        <source>capture %1: %2</source>
        <translation>capture %1 : %2</translation>
    </message>
    <message>
        <source>the response has no header %1</source>
        <translation>la réponse n&apos;a pas d&apos;en-tête %1</translation>
    </message>
    <message>
        <source>the body was not kept in memory</source>
        <translation>le corps n&apos;a pas été gardé en mémoire</translation>
    </message>
    <message>
        <source>the body does not match %1</source>
        <translation>le corps ne correspond pas à %1</translation>
    </message>
    <message>
        <source>no value at %1</source>
        <translation>aucune valeur à %1</translation>
    </message>
</context>
<context>
    <name>CapturedVariables</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>check &quot;%1&quot;: %2</source>
        <translation>vérification « %1 » : %2</translation>
    </message>
    <message>
        <source>name the header: header Content-Type contains json</source>
        <translation>nommez l&apos;en-tête : header Content-Type contains json</translation>
    </message>
    <message>
        <source>it starts with status, header NAME, a JSON path ($.…), body, time or no-error, not &quot;%1&quot;</source>
        <translation>elle commence par status, header NOM, un chemin JSON ($.…), body, time ou no-error, pas « %1 »</translation>
    </message>
    <message>
        <source>a comparison is missing (==, !=, &lt;, &lt;=, &gt;, &gt;=, contains, matches, exists, absent, type, in)</source>
        <translation>il manque une comparaison (==, !=, &lt;, &lt;=, &gt;, &gt;=, contains, matches, exists, absent, type, in)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no comparison (use ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains, matches, exists, absent, type, in)</source>
        <translation>« %1 » n&apos;est pas une comparaison (utilisez ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains, matches, exists, absent, type, in)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply here</source>
        <translation>« %1 » ne s&apos;applique pas ici</translation>
    </message>
    <message>
        <source>nothing follows &quot;%1&quot;</source>
        <translation>rien ne suit « %1 »</translation>
    </message>
    <message>
        <source>a value must follow &quot;%1&quot;</source>
        <translation>une valeur doit suivre « %1 »</translation>
    </message>
    <message>
        <source>the regular expression is not valid at character %1: %2</source>
        <translation>l&apos;expression régulière n&apos;est pas valide au caractère %1 : %2</translation>
    </message>
    <message>
        <source>the type is one of %1</source>
        <translation>le type est l&apos;un de %1</translation>
    </message>
    <message>
        <source>&quot;in&quot; takes a list: in 200, 201 (or a class for the status: in 2xx)</source>
        <translation>« in » prend une liste : in 200, 201 (ou une classe pour le statut : in 2xx)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; compares numbers; %2 is not one</source>
        <translation>« %1 » compare des nombres ; %2 n&apos;en est pas un</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>ClientCertificateCheck</name>
    <message>
        <source>cannot find %1: %2</source>
        <translation>impossible de trouver %1 : %2</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>connexion impossible à %1:%2 : %3</translation>
    </message>
    <message>
        <source>the certificate and key do not belong together (%1)</source>
        <translation>le certificat et la clé ne vont pas ensemble (%1)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>%1 asked for a client certificate and accepted this one</source>
        <translation>%1 a demandé un certificat client et a accepté celui-ci</translation>
    </message>
    <message>
        <source>%1 did not ask for a client certificate: this address does not use mutual TLS, so the certificate is never sent. Check the origin; many APIs serve mutual TLS on a host of its own</source>
        <translation>%1 n&apos;a pas demandé de certificat client : cette adresse n&apos;utilise pas le TLS mutuel, le certificat n&apos;est donc jamais envoyé. Vérifiez l&apos;origine ; beaucoup d&apos;API servent le TLS mutuel sur un hôte à part</translation>
    </message>
    <message>
        <source>%1 asked for a client certificate and refused this one (%2): it wants one issued by a CA it trusts</source>
        <translation>%1 a demandé un certificat client et a refusé celui-ci (%2) : il en veut un émis par une autorité à laquelle il fait confiance</translation>
    </message>
    <message>
        <source>%1&apos;s own certificate is not trusted (%2), so nothing was offered; add its issuer as the CA file in Settings</source>
        <translation>le certificat propre de %1 n&apos;est pas reconnu (%2), rien n&apos;a donc été proposé ; ajoutez son émetteur comme fichier d&apos;autorités dans les Paramètres</translation>
    </message>
    <message>
        <source>the client certificate for %1 cannot be used: %2</source>
        <translation>le certificat client pour %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>no TLS connection to %1: %2</source>
        <translation>pas de connexion TLS à %1 : %2</translation>
    </message>
    <message>
        <source>client certificates are offered only over HTTPS</source>
        <translation>les certificats client ne sont proposés qu&apos;en HTTPS</translation>
    </message>
</context>
<context>
    <name>ClientIdentity</name>
    <message>
        <source>cannot read the %1 %2: %3</source>
        <translation>impossible de lire %1 %2 : %3</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>le certificat client</translation>
    </message>
    <message>
        <source>the PKCS#12 file %1 could not be opened: a wrong passphrase, or not a PKCS#12 bundle</source>
        <translation>le fichier PKCS#12 %1 n&apos;a pas pu être ouvert : une phrase secrète erronée, ou pas un paquet PKCS#12</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>la clé client</translation>
    </message>
    <message>
        <source>the client key %1 could not be read: %2</source>
        <translation>la clé client %1 n&apos;a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>the passphrase is wrong or missing</source>
        <translation>la phrase secrète est erronée ou absente</translation>
    </message>
    <message>
        <source>it is not a PEM private key</source>
        <translation>ce n&apos;est pas une clé privée PEM</translation>
    </message>
    <message>
        <source>the client certificate for %1 expired on %2; renew it</source>
        <translation>le certificat client pour %1 a expiré le %2 ; renouvelez-le</translation>
    </message>
    <message>
        <source>the client certificate for %1 is valid only from %2</source>
        <translation>le certificat client pour %1 n&apos;est valable qu&apos;à partir du %2</translation>
    </message>
</context>
<context>
    <name>ContentDecoder</name>
    <message>
        <source>cannot start decompression</source>
        <translation>impossible de démarrer la décompression</translation>
    </message>
    <message>
        <source>the compressed body is damaged</source>
        <translation>le corps compressé est endommagé</translation>
    </message>
    <message>
        <source>the body expands to more than %1 MiB; refused</source>
        <translation>le corps décompressé dépasse %1 Mio ; refusé</translation>
    </message>
    <message>
        <source>the server used Content-Encoding &apos;%1&apos;, which Keyway did not ask for</source>
        <translation>le serveur a utilisé Content-Encoding &apos;%1&apos;, que Keyway n&apos;a pas demandé</translation>
    </message>
</context>
<context>
    <name>CurlImport</name>
    <message>
        <source>this is not a cURL command: it should start with &quot;curl&quot;</source>
        <translation>ce n&apos;est pas une commande cURL : elle devrait commencer par &quot;curl&quot;</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>the command has no URL</source>
        <translation>la commande n&apos;a pas d&apos;URL</translation>
    </message>
</context>
<context>
    <name>DynamicValue</name>
    <message>
        <source>&apos;{{%1}}&apos; is not a value Keyway computes; use $timestamp, $timestamp+SECONDS, $timestamp-SECONDS, $isoTimestamp, $uuid or $randomInt</source>
        <translation>« {{%1}} » n’est pas une valeur que Keyway calcule ; utilisez $timestamp, $timestamp+SECONDES, $timestamp-SECONDES, $isoTimestamp, $uuid ou $randomInt</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message numerus="yes">
        <source>  (%n error(s) in this response; the first is shown)</source>
        <translation>
            <numerusform>  (%n erreur dans cette réponse ; la première est affichée)</numerusform>
            <numerusform>  (%n erreurs dans cette réponse ; la première est affichée)</numerusform>
        </translation>
    </message>
    <message>
        <source>  Hint: %1</source>
        <translation>  Conseil : %1</translation>
    </message>
    <message>
        <source>  Request ID: %1</source>
        <translation>  ID de requête : %1</translation>
    </message>
    <message numerus="yes">
        <source>  Retry after: %n second(s)</source>
        <translation>
            <numerusform>  Réessayer après : %n seconde</numerusform>
            <numerusform>  Réessayer après : %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>ID de requête %1</translation>
    </message>
</context>
<context>
    <name>EventStreamParser</name>
    <message>
        <source>an event of the stream is larger than %1 MB</source>
        <translation>un événement du flux dépasse %1 Mo</translation>
    </message>
</context>
<context>
    <name>FileBodySink</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>pas ouvert</translation>
    </message>
</context>
<context>
    <name>FinalRequestBuilder</name>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid http(s) URL</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL http(s) valide</translation>
    </message>
    <message>
        <source>the URL must not contain a user name or password; use Basic authentication with secrets instead</source>
        <translation>l&apos;URL ne doit contenir ni nom d&apos;utilisateur ni mot de passe ; utilisez plutôt l&apos;authentification Basic avec des secrets</translation>
    </message>
    <message>
        <source>the value of header &apos;%1&apos; contains a line break</source>
        <translation>la valeur de l&apos;en-tête &apos;%1&apos; contient un saut de ligne</translation>
    </message>
    <message>
        <source>no access token: sign in first</source>
        <translation>aucun jeton d&apos;accès : connectez-vous d&apos;abord</translation>
    </message>
    <message>
        <source>the value of header &apos;%1&apos; contains a control character (U+%2), which HTTP does not allow there</source>
        <translation>la valeur de l’en-tête « %1 » contient un caractère de contrôle (U+%2), que HTTP n’y autorise pas</translation>
    </message>
    <message>
        <source>the request would carry the signed JWT to %1, which is not the origin of environment &apos;%2&apos;; add it to the environment&apos;s trusted origins if it should get the token</source>
        <translation>la requête porterait le JWT signé vers %1, qui n&apos;est pas l&apos;origine de l&apos;environnement &apos;%2&apos; ; ajoutez-la aux origines de confiance de l&apos;environnement si elle doit recevoir le jeton</translation>
    </message>
    <message>
        <source>cannot read the body file %1</source>
        <translation>impossible de lire le fichier de corps %1</translation>
    </message>
    <message>
        <source>the content type of part &apos;%1&apos; contains a control character</source>
        <translation>le type de contenu de la partie &apos;%1&apos; contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>cannot read the file %1 of part &apos;%2&apos;</source>
        <translation>impossible de lire le fichier %1 de la partie &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the GraphQL document has no operation &apos;%1&apos; (it has: %2)</source>
        <translation>le document GraphQL n&apos;a pas d&apos;opération &apos;%1&apos; (il a : %2)</translation>
    </message>
    <message>
        <source>the GraphQL document has %1 operations (%2); choose the one to run</source>
        <translation>le document GraphQL a %1 opérations (%2) ; choisissez celle à exécuter</translation>
    </message>
    <message>
        <source>the GraphQL variables are not a JSON object (%1 at character %2)</source>
        <translation>les variables GraphQL ne sont pas un objet JSON (%1 au caractère %2)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
</context>
<context>
    <name>GraphQlDocument</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at %2 closes nothing</source>
        <translation>&apos;%1&apos; à %2 ne ferme rien</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at %2 does not close the &apos;%3&apos; at %4</source>
        <translation>&apos;%1&apos; à %2 ne ferme pas le &apos;%3&apos; à %4</translation>
    </message>
    <message>
        <source>the string at %1 is never closed</source>
        <translation>la chaîne à %1 n&apos;est jamais fermée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at %2 is never closed</source>
        <translation>&apos;%1&apos; à %2 n&apos;est jamais fermé</translation>
    </message>
</context>
<context>
    <name>GraphQlSchema</name>
    <message>
        <source>the answer holds no GraphQL schema (data.__schema)</source>
        <translation>la réponse ne contient aucun schéma GraphQL (data.__schema)</translation>
    </message>
    <message>
        <source>the server refused to describe its schema: %1</source>
        <translation>le serveur refuse de décrire son schéma : %1</translation>
    </message>
    <message>
        <source>the schema names no query type it describes</source>
        <translation>le schéma ne nomme aucun type de requête qu&apos;il décrit</translation>
    </message>
</context>
<context>
    <name>GraphQlSchemaCache</name>
    <message>
        <source>the schema could not be cached in %1: %2</source>
        <translation>le schéma n&apos;a pas pu être mis en cache dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The history database %1 was damaged; it was moved to %2 and a new one was started.</source>
        <translation>La base de l&apos;historique %1 était endommagée ; elle a été déplacée vers %2 et une nouvelle a été créée.</translation>
    </message>
    <message>
        <source>cannot open history %1: %2</source>
        <translation>impossible d&apos;ouvrir l&apos;historique %1 : %2</translation>
    </message>
    <message>
        <source>history %1 failed its integrity check</source>
        <translation>l&apos;historique %1 a échoué au contrôle d&apos;intégrité</translation>
    </message>
    <message>
        <source>history %1 has an unexpected layout: %2</source>
        <translation>l&apos;historique %1 a une structure inattendue : %2</translation>
    </message>
    <message>
        <source>history is not open</source>
        <translation>l&apos;historique n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>cannot write history: %1</source>
        <translation>impossible d&apos;écrire l&apos;historique : %1</translation>
    </message>
    <message>
        <source>cannot clear history: %1</source>
        <translation>impossible de vider l&apos;historique : %1</translation>
    </message>
    <message>
        <source>cannot update the history: %1</source>
        <translation>impossible de mettre à jour l’historique : %1</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>%1: field &quot;%2&quot; %3 (the file was left unchanged)</source>
        <translation>%1 : le champ &quot;%2&quot; %3 (le fichier n&apos;a pas été modifié)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>doit être %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an object of strings</source>
        <translation>un objet de chaînes</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; %2</source>
        <translation>le champ &quot;%1&quot; %2</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>%1: missing or invalid &quot;schemaVersion&quot; (expected a whole number)</source>
        <translation>%1 : &quot;schemaVersion&quot; absent ou invalide (un nombre entier est attendu)</translation>
    </message>
    <message>
        <source>%1 was written by a newer Keyway (schema version %2; this version reads up to %3). The file was left unchanged; update Keyway to use it.</source>
        <translation>%1 a été écrit par un Keyway plus récent (version de schéma %2 ; cette version lit jusqu&apos;à %3). Le fichier n&apos;a pas été modifié ; mettez Keyway à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1:%2: %3 (the file was left unchanged)</source>
        <translation>%1:%2 : %3 (le fichier n&apos;a pas été modifié)</translation>
    </message>
    <message>
        <source>%1: expected a JSON object at the top level</source>
        <translation>%1 : un objet JSON est attendu au premier niveau</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>impossible d&apos;enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>JSON path %1, at character %2: %3</source>
        <translation>chemin JSON %1, au caractère %2 : %3</translation>
    </message>
    <message>
        <source>a path starts with $</source>
        <translation>un chemin commence par $</translation>
    </message>
    <message>
        <source>a name must follow the dot (use [&quot;…&quot;] for other characters)</source>
        <translation>un nom doit suivre le point (utilisez [&quot;…&quot;] pour d&apos;autres caractères)</translation>
    </message>
    <message>
        <source>the [ is not closed</source>
        <translation>le [ n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>inside [ ] goes an index or a name in double quotes, not %1</source>
        <translation>entre [ ] va un indice ou un nom entre guillemets doubles, pas %1</translation>
    </message>
    <message>
        <source>expected . or [ but found &apos;%1&apos;</source>
        <translation>. ou [ attendu, mais « %1 » trouvé</translation>
    </message>
    <message>
        <source>the body is not JSON (%1 at byte %2)</source>
        <translation>le corps n&apos;est pas du JSON (%1 à l&apos;octet %2)</translation>
    </message>
</context>
<context>
    <name>JwtSigner</name>
    <message>
        <source>the signing key is not a PEM private key</source>
        <translation>la clé de signature n’est pas une clé privée PEM</translation>
    </message>
    <message>
        <source>OpenSSL could not sign with this key</source>
        <translation>OpenSSL n’a pas pu signer avec cette clé</translation>
    </message>
    <message>
        <source>ES256 needs a P-256 key</source>
        <translation>ES256 demande une clé P-256</translation>
    </message>
    <message>
        <source>there is no key to sign the token with</source>
        <translation>aucune clé ne permet de signer le jeton</translation>
    </message>
    <message>
        <source>RS256 needs an RSA private key</source>
        <translation>RS256 demande une clé privée RSA</translation>
    </message>
    <message>
        <source>ES256 needs an EC (P-256) private key</source>
        <translation>ES256 demande une clé privée EC (P-256)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>Secret Service (system keychain)</source>
        <translation>Secret Service (trousseau du système)</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s); it may be waiting for an unlock prompt</source>
        <translation>
            <numerusform>le trousseau n&apos;a pas répondu en %n seconde ; il attend peut-être un déverrouillage</numerusform>
            <numerusform>le trousseau n&apos;a pas répondu en %n secondes ; il attend peut-être un déverrouillage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory (tests only)</source>
        <translation>mémoire (tests uniquement)</translation>
    </message>
</context>
<context>
    <name>ModelJson</name>
    <message>
        <source>is &apos;%1&apos; but the file is named &apos;%2.json&apos;; rename one to match</source>
        <translation>vaut &apos;%1&apos; mais le fichier s&apos;appelle &apos;%2.json&apos; ; renommez l&apos;un des deux</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>is required for this kind of authentication</source>
        <translation>est requis pour ce type d&apos;authentification</translation>
    </message>
    <message>
        <source>must be &quot;form&quot; or &quot;json&quot;</source>
        <translation>doit être &quot;form&quot; ou &quot;json&quot;</translation>
    </message>
    <message>
        <source>must be &quot;basic&quot; or &quot;body&quot;</source>
        <translation>doit être &quot;basic&quot; ou &quot;body&quot;</translation>
    </message>
    <message>
        <source>must be &quot;sandbox&quot; or &quot;production&quot;, not &quot;%1&quot;</source>
        <translation>doit être &quot;sandbox&quot; ou &quot;production&quot;, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>names &apos;%1&apos;, which is not in the list of IDs</source>
        <translation>désigne &apos;%1&apos;, absent de la liste des identifiants</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l&apos;un de %1</translation>
    </message>
    <message>
        <source>must be HS256, HS384, HS512, RS256 or ES256, not &quot;%1&quot;</source>
        <translation>doit être HS256, HS384, HS512, RS256 ou ES256, pas « %1 »</translation>
    </message>
    <message>
        <source>claim &apos;%1&apos; is given twice</source>
        <translation>la revendication &apos;%1&apos; est donnée deux fois</translation>
    </message>
    <message>
        <source>must be none, static, oauth2, client-credentials, token-exchange or signed-jwt, not &quot;%1&quot;</source>
        <translation>doit être none, static, oauth2, client-credentials, token-exchange ou signed-jwt, pas « %1 »</translation>
    </message>
    <message>
        <source>a part is a file or a value, not both</source>
        <translation>une partie est un fichier ou une valeur, pas les deux</translation>
    </message>
    <message>
        <source>must not contain a line break</source>
        <translation>ne doit pas contenir de saut de ligne</translation>
    </message>
    <message>
        <source>must be &quot;raw&quot;, &quot;form&quot;, &quot;file&quot;, &quot;multipart&quot; or &quot;graphql&quot;</source>
        <translation>doit être « raw », « form », « file », « multipart » ou « graphql »</translation>
    </message>
    <message>
        <source>has a line that does not read: %1</source>
        <translation>a une ligne illisible : %1</translation>
    </message>
</context>
<context>
    <name>MultipartBody</name>
    <message>
        <source>it changed since the request was built</source>
        <translation>il a changé depuis la construction de la requête</translation>
    </message>
    <message>
        <source>cannot read the file of part &apos;%1&apos; (%2): %3</source>
        <translation>impossible de lire le fichier de la partie &apos;%1&apos; (%2) : %3</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>%1 name is empty</source>
        <translation>Le nom (%1) est vide</translation>
    </message>
    <message>
        <source>%1 name &apos;%2&apos; is longer than %3 characters</source>
        <translation>Le nom (%1) &apos;%2&apos; dépasse %3 caractères</translation>
    </message>
    <message>
        <source>%1 name &apos;%2&apos; may use only letters, digits, space, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, and must start with a letter or digit</source>
        <translation>Le nom (%1) &apos;%2&apos; ne peut contenir que des lettres, chiffres, espaces, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, et doit commencer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>variable name &apos;%1&apos; is built in: it comes from the environment&apos;s %2</source>
        <translation>le nom de variable &apos;%1&apos; est intégré : il vient de l&apos;environnement (%2)</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>selected company ID</source>
        <translation>identifiant d&apos;entreprise sélectionné</translation>
    </message>
    <message>
        <source>variable name &apos;%1&apos; must start with a letter or &apos;_&apos; and use only letters, digits, &apos;_&apos; and &apos;-&apos; (at most %2 characters)</source>
        <translation>le nom de variable &apos;%1&apos; doit commencer par une lettre ou &apos;_&apos; et ne contenir que des lettres, chiffres, &apos;_&apos; et &apos;-&apos; (au plus %2 caractères)</translation>
    </message>
    <message>
        <source>secret name &apos;%1&apos; must start with a letter or &apos;_&apos; and use only letters, digits, &apos;_&apos; and &apos;-&apos; (at most %2 characters)</source>
        <translation>le nom de secret &apos;%1&apos; doit commencer par une lettre ou &apos;_&apos; et ne contenir que des lettres, chiffres, &apos;_&apos; et &apos;-&apos; (au plus %2 caractères)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid HTTP header name (letters, digits and !#$%&amp;&apos;*+.^_`|~- only)</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom d&apos;en-tête HTTP valide (lettres, chiffres et !#$%&amp;&apos;*+.^_`|~- uniquement)</translation>
    </message>
    <message>
        <source>company ID is empty</source>
        <translation>l&apos;identifiant d&apos;entreprise est vide</translation>
    </message>
    <message>
        <source>company ID &apos;%1&apos; must be visible ASCII without spaces (it is sent as a header value)</source>
        <translation>l&apos;identifiant d&apos;entreprise &apos;%1&apos; doit être en ASCII visible sans espaces (il est envoyé comme valeur d&apos;en-tête)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an absolute URL such as https://api.example.com/v1</source>
        <translation>%1 &apos;%2&apos; n&apos;est pas une URL absolue comme https://api.example.com/v1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must start with https:// or http://</source>
        <translation>%1 &apos;%2&apos; doit commencer par https:// ou http://</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has no host</source>
        <translation>%1 &apos;%2&apos; n&apos;a pas d&apos;hôte</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; keep credentials in a secret instead</source>
        <translation>%1 ne doit contenir ni nom d&apos;utilisateur ni mot de passe ; gardez plutôt les identifiants dans un secret</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must not contain a &apos;#&apos; fragment</source>
        <translation>%1 &apos;%2&apos; ne doit pas contenir de fragment &apos;#&apos;</translation>
    </message>
    <message>
        <source>Folder name is empty</source>
        <translation>Le nom du dossier est vide</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>the issuer cannot hold {{variables}}: write it out</source>
        <translation>l’émetteur ne peut pas contenir de {{variables}} : écrivez-le en entier</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>émetteur</translation>
    </message>
    <message>
        <source>issuer &apos;%1&apos; must not contain a &apos;?&apos; query</source>
        <translation>l’émetteur « %1 » ne doit pas contenir de requête « ? »</translation>
    </message>
    <message>
        <source>issuer &apos;%1&apos; must start with https://</source>
        <translation>l’émetteur « %1 » doit commencer par https://</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>proxy &apos;%1&apos; is not of the form http://host:port or socks5://host:port (or empty for the system&apos;s settings, or none)</source>
        <translation>le proxy &apos;%1&apos; n&apos;a pas la forme http://hôte:port ou socks5://hôte:port (ou vide pour les réglages du système, ou none)</translation>
    </message>
    <message>
        <source>the certificate file %1 cannot be read</source>
        <translation>le fichier de certificats %1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>%1 ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----)</translation>
    </message>
</context>
<context>
    <name>OpenApiImport</name>
    <message>
        <source>%1: the reference %2 points outside this document</source>
        <translation>%1 : la référence %2 pointe hors de ce document</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is relative: set the environment&apos;s base URL</source>
        <translation>le serveur &apos;%1&apos; est relatif : définissez l&apos;URL de base de l&apos;environnement</translation>
    </message>
    <message>
        <source>the document names no servers: set the base URL of &apos;%1&apos;</source>
        <translation>le document ne nomme aucun serveur : définissez l&apos;URL de base de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>security scheme &apos;%1&apos;: an API key in a cookie is not supported</source>
        <translation>schéma de sécurité &apos;%1&apos; : une clé d&apos;API dans un cookie n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>security scheme &apos;%1&apos;: only the authorization code and client credentials flows are supported</source>
        <translation>schéma de sécurité &apos;%1&apos; : seuls les flux authorization code et client credentials sont pris en charge</translation>
    </message>
    <message>
        <source>security scheme &apos;%1&apos;: set your OAuth client ID (keyway-cli auth oauth2 … --client-id)</source>
        <translation>schéma de sécurité &apos;%1&apos; : définissez votre identifiant client OAuth (keyway-cli auth oauth2 … --client-id)</translation>
    </message>
    <message>
        <source>security scheme &apos;%1&apos;: %2 is not supported</source>
        <translation>schéma de sécurité &apos;%1&apos; : %2 n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>%1: a %2 body is not supported</source>
        <translation>%1 : un corps %2 n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>%1 is Swagger 2.0; convert it to OpenAPI 3 first (for example with swagger2openapi)</source>
        <translation>%1 est en Swagger 2.0 ; convertissez-le d&apos;abord en OpenAPI 3 (par exemple avec swagger2openapi)</translation>
    </message>
    <message>
        <source>%1 is not an OpenAPI 3.0 or 3.1 document</source>
        <translation>%1 n&apos;est pas un document OpenAPI 3.0 ou 3.1</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; has a name Keyway cannot use</source>
        <translation>la variable &apos;%1&apos; a un nom que Keyway ne peut pas utiliser</translation>
    </message>
</context>
<context>
    <name>OpenSsl</name>
    <message>
        <source>OpenSSL 3 is needed for this and cannot be loaded: %1</source>
        <translation>OpenSSL 3 est nécessaire pour cela et ne peut pas être chargé : %1</translation>
    </message>
    <message>
        <source>the OpenSSL found lacks %1</source>
        <translation>il manque %1 à l’OpenSSL trouvé</translation>
    </message>
</context>
<context>
    <name>PostmanImport</name>
    <message>
        <source>variable &apos;%1&apos;: %2</source>
        <translation>variable &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>%1: Postman&apos;s dynamic variable %2 has no Keyway equivalent</source>
        <translation>%1 : la variable dynamique Postman %2 n&apos;a pas d&apos;équivalent dans Keyway</translation>
    </message>
    <message>
        <source>%1: OAuth 2.0 without token URL, client ID or authorization URL</source>
        <translation>%1 : OAuth 2.0 sans URL de jetons, identifiant client ou URL d&apos;autorisation</translation>
    </message>
    <message>
        <source>%1: %2 authentication is not supported</source>
        <translation>%1 : l&apos;authentification %2 n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>folder &apos;%1&apos;: auth set on a folder (set it on the environment or the requests)</source>
        <translation>dossier &apos;%1&apos; : authentification définie sur un dossier (définissez-la sur l&apos;environnement ou les requêtes)</translation>
    </message>
    <message>
        <source>%1: saved example responses are not imported</source>
        <translation>%1 : les exemples de réponses enregistrés ne sont pas importés</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3)</source>
        <translation>%1 n&apos;est pas du JSON valide (à l&apos;octet %2 : %3)</translation>
    </message>
    <message>
        <source>%1 is not a Postman collection (v2.0 or v2.1 has &quot;info.schema&quot; and &quot;item&quot;); export it from Postman with Collection v2.1</source>
        <translation>%1 n&apos;est pas une collection Postman (v2.0 ou v2.1 a &quot;info.schema&quot; et &quot;item&quot;) ; exportez-la depuis Postman au format Collection v2.1</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>collection</translation>
    </message>
    <message>
        <source>collection: pre-request and test scripts are not imported</source>
        <translation>collection : les scripts de pré-requête et de test ne sont pas importés</translation>
    </message>
    <message>
        <source>%1: part &apos;%2&apos; lists several files; only the first is kept</source>
        <translation>%1 : la partie &apos;%2&apos; cite plusieurs fichiers ; seul le premier est gardé</translation>
    </message>
    <message>
        <source>%1: file part &apos;%2&apos; names no file; choose one in the Body tab</source>
        <translation>%1 : la partie fichier &apos;%2&apos; ne nomme aucun fichier ; choisissez-en un dans l&apos;onglet Corps</translation>
    </message>
    <message>
        <source>%1: a file body without a file</source>
        <translation>%1 : un corps fichier sans fichier</translation>
    </message>
    <message>
        <source>%1: a %2 body is not supported (only raw, urlencoded, form-data, file and GraphQL)</source>
        <translation>%1 : un corps %2 n&apos;est pas pris en charge (seulement raw, urlencoded, form-data, file et GraphQL)</translation>
    </message>
    <message>
        <source>folder &apos;%1&apos;: pre-request and test scripts are not imported</source>
        <translation>dossier « %1 » : les scripts de pré-requête et de test ne sont pas importés</translation>
    </message>
    <message>
        <source>%1: the pre-request script is not imported</source>
        <translation>%1 : le script de pré-requête n&apos;est pas importé</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n test script line(s) not imported: %2</source>
        <translation>
            <numerusform>%1 : %n ligne de script de test non importée : %2</numerusform>
            <numerusform>%1 : %n lignes de script de test non importées : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetCatalog</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1 : illisible (%2)</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2 (%3)</source>
        <translation>%1 : JSON invalide à la position %2 (%3)</translation>
    </message>
    <message>
        <source>%1: a preset needs an &quot;id&quot; string</source>
        <translation>%1 : un modèle a besoin d&apos;une chaîne &quot;id&quot;</translation>
    </message>
</context>
<context>
    <name>PresetSetup</name>
    <message>
        <source>is not a valid regular expression</source>
        <translation>n&apos;est pas une expression régulière valide</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;</source>
        <translation>modèle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The preset &apos;%1&apos; has no &quot;setup&quot; section, so Keyway cannot create an environment from it.</source>
        <translation>Le modèle &apos;%1&apos; n&apos;a pas de section &quot;setup&quot;, Keyway ne peut donc pas en créer un environnement.</translation>
    </message>
    <message>
        <source>must name at least one way to authenticate</source>
        <translation>doit nommer au moins un mode d&apos;authentification</translation>
    </message>
    <message>
        <source>%1 has no way to authenticate called &apos;%2&apos;.</source>
        <translation>%1 n&apos;a pas de mode d&apos;authentification appelé &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est requis.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; does not have the expected form%3.</source>
        <translation>%1 &apos;%2&apos; n&apos;a pas la forme attendue%3.</translation>
    </message>
    <message>
        <source> (for example %1)</source>
        <translation> (par exemple %1)</translation>
    </message>
    <message>
        <source>Choose at least one scope to ask for.</source>
        <translation>Choisissez au moins une portée à demander.</translation>
    </message>
</context>
<context>
    <name>RedirectPolicy</name>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>refusing plain http:// to %1: credentials and data would travel unencrypted. Use https://, or allow it for this environment (keyway-cli env edit ENV --allow-insecure-http)</source>
        <translation>http:// simple vers %1 refusé : identifiants et données circuleraient sans chiffrement. Utilisez https:// ou autorisez-le pour cet environnement (keyway-cli env edit ENV --allow-insecure-http)</translation>
    </message>
    <message>
        <source>stopped after %1 redirects</source>
        <translation>arrêté après %1 redirections</translation>
    </message>
    <message>
        <source>refusing a redirect from HTTPS to %1: it would leave an encrypted connection</source>
        <translation>redirection de HTTPS vers %1 refusée : elle quitterait une connexion chiffrée</translation>
    </message>
    <message>
        <source>refusing to follow a %1 redirect to %2: it would re-send a body that holds a key to another origin</source>
        <translation>la redirection %1 vers %2 n’est pas suivie : elle renverrait un corps contenant une clé à une autre origine</translation>
    </message>
</context>
<context>
    <name>ResponseChecks</name>
    <message>
        <source>no error</source>
        <translation>aucune erreur</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>the value at %1 has no length (not an array, object or string)</source>
        <translation>la valeur à %1 n&apos;a pas de longueur (ni tableau, ni objet, ni chaîne)</translation>
    </message>
    <message>
        <source>HTTP %1, no error</source>
        <translation>HTTP %1, aucune erreur</translation>
    </message>
    <message>
        <source>expected no error, got: %1</source>
        <translation>aucune erreur attendue, obtenu : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>expected none, got %1</source>
        <translation>aucun attendu, obtenu %1</translation>
    </message>
    <message>
        <source>expected %1, but there is none</source>
        <translation>%1 attendu, mais il n&apos;y en a pas</translation>
    </message>
    <message>
        <source>expected %1, got %2 (%3)</source>
        <translation>%1 attendu, obtenu %2 (%3)</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 attendu, obtenu %2</translation>
    </message>
    <message>
        <source>a header %1</source>
        <translation>un en-tête %1</translation>
    </message>
    <message>
        <source>a value at %1</source>
        <translation>une valeur à %1</translation>
    </message>
    <message>
        <source>check &quot;%1&quot;</source>
        <translation>vérification « %1 »</translation>
    </message>
    <message>
        <source>only the body&apos;s first %1 were kept in memory (the rest went to a file, the terminal or the disk as it arrived); checks on the body need all of it (keyway-cli: without -o)</source>
        <translation>seuls les premiers %1 du corps ont été gardés en mémoire (le reste est allé dans un fichier, le terminal ou le disque à l’arrivée) ; les vérifications du corps en ont besoin en entier (keyway-cli : sans -o)</translation>
    </message>
</context>
<context>
    <name>ResponseJudge</name>
    <message>
        <source>an unsaved request</source>
        <translation>une requête non enregistrée</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Vérifications</translation>
    </message>
    <message>
        <source>&amp;Checks (%1)</source>
        <translation>&amp;Vérifications (%1)</translation>
    </message>
    <message>
        <source>Checks on the response and values captured from it</source>
        <translation>Vérifications de la réponse et valeurs qui en sont capturées</translation>
    </message>
    <message>
        <source>&amp;Checks ✔ %1</source>
        <translation>&amp;Vérifications ✔ %1</translation>
    </message>
    <message>
        <source>&amp;Checks ✘ %1/%2</source>
        <translation>&amp;Vérifications ✘ %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed</source>
        <translation>
            <numerusform>La vérification a réussi</numerusform>
            <numerusform>Les %n vérifications ont réussi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) failed</source>
        <translation>
            <numerusform>%1 sur %n vérification a échoué</numerusform>
            <numerusform>%1 sur %n vérifications ont échoué</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunData</name>
    <message>
        <source>line %1: text after a closing quote (write &quot;&quot; for a quote inside quotes)</source>
        <translation>ligne %1 : du texte après un guillemet fermant (écrivez &quot;&quot; pour un guillemet entre guillemets)</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>plus de %1 lignes</translation>
    </message>
    <message>
        <source>line %1: a quote is never closed</source>
        <translation>ligne %1 : un guillemet n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>cannot read the data file %1: %2</source>
        <translation>impossible de lire le fichier de données %1 : %2</translation>
    </message>
    <message>
        <source>the data file %1 is larger than %2 MB</source>
        <translation>le fichier de données %1 dépasse %2 Mo</translation>
    </message>
    <message>
        <source>data file %1: %2</source>
        <translation>fichier de données %1 : %2</translation>
    </message>
    <message>
        <source>the data file %1 has no rows</source>
        <translation>le fichier de données %1 n&apos;a aucune ligne</translation>
    </message>
    <message>
        <source>line 1 (the header row): %1</source>
        <translation>ligne 1 (la ligne d&apos;en-tête) : %1</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>expected a JSON array of objects, one per iteration</source>
        <translation>un tableau JSON d&apos;objets attendu, un par itération</translation>
    </message>
    <message>
        <source>element %1 is not an object</source>
        <translation>l&apos;élément %1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>element %1: %2</source>
        <translation>élément %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>line %1 has %n field(s), the header row %2</source>
        <translation>
            <numerusform>la ligne %1 a %n champ, la ligne d&apos;en-tête %2</numerusform>
            <numerusform>la ligne %1 a %n champs, la ligne d&apos;en-tête %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunTotals</name>
    <message numerus="yes">
        <source>%n request(s), %1 failed</source>
        <translation>
            <numerusform>%n requête, %1 en échec</numerusform>
            <numerusform>%n requêtes, %1 en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n check(s), %1 failed</source>
        <translation>
            <numerusform>; %n vérification, %1 en échec</numerusform>
            <numerusform>; %n vérifications, %1 en échec</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecureStorageStatus</name>
    <message>
        <source>Secure storage: checking…</source>
        <translation>Stockage sécurisé : vérification…</translation>
    </message>
    <message>
        <source>Secure storage: ready</source>
        <translation>Stockage sécurisé : prêt</translation>
    </message>
    <message>
        <source>Secure storage unavailable: no D-Bus session</source>
        <translation>Stockage sécurisé indisponible : pas de session D-Bus</translation>
    </message>
    <message>
        <source>Secure storage unavailable: no Secret Service provider</source>
        <translation>Stockage sécurisé indisponible : aucun fournisseur Secret Service</translation>
    </message>
    <message>
        <source>Secure storage unavailable: no default keyring</source>
        <translation>Stockage sécurisé indisponible : aucun trousseau par défaut</translation>
    </message>
    <message>
        <source>Secure storage locked</source>
        <translation>Stockage sécurisé verrouillé</translation>
    </message>
    <message>
        <source>Secure storage denied access</source>
        <translation>Le stockage sécurisé a refusé l&apos;accès</translation>
    </message>
    <message>
        <source>Secure storage failed</source>
        <translation>Échec du stockage sécurisé</translation>
    </message>
    <message>
        <source>Keyway is checking the system keychain.</source>
        <translation>Keyway vérifie le trousseau du système.</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain (Secret Service).</source>
        <translation>Les secrets sont conservés dans le trousseau du système (Secret Service).</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset or unreachable), so the system keychain cannot be reached. Run Keyway inside your desktop session, or start one with &apos;dbus-run-session&apos;.</source>
        <translation>Il n&apos;y a pas de bus de session D-Bus (DBUS_SESSION_BUS_ADDRESS n&apos;est pas défini ou injoignable), le trousseau du système est donc inaccessible. Lancez Keyway dans votre session de bureau, ou démarrez-en une avec &apos;dbus-run-session&apos;.</translation>
    </message>
    <message>
        <source>No program provides the Secret Service (org.freedesktop.secrets) on the D-Bus session. Install and start GNOME Keyring (package gnome-keyring), KeePassXC with Secret Service integration, or KWallet.</source>
        <translation>Aucun programme ne fournit le Secret Service (org.freedesktop.secrets) sur la session D-Bus. Installez et lancez GNOME Keyring (paquet gnome-keyring), KeePassXC avec l&apos;intégration Secret Service, ou KWallet.</translation>
    </message>
    <message>
        <source>The Secret Service has no default keyring yet. Create one (for example in &apos;Passwords and Keys&apos;), then try again.</source>
        <translation>Le Secret Service n&apos;a pas encore de trousseau par défaut. Créez-en un (par exemple dans « Mots de passe et clés »), puis réessayez.</translation>
    </message>
    <message>
        <source>The default keyring is locked. Unlock it (log in to your desktop session, or open &apos;Passwords and Keys&apos;), then try again.</source>
        <translation>Le trousseau par défaut est verrouillé. Déverrouillez-le (connectez-vous à votre session de bureau, ou ouvrez « Mots de passe et clés »), puis réessayez.</translation>
    </message>
    <message>
        <source>The Secret Service refused access to the keyring. Allow Keyway in your keychain&apos;s prompt or settings, then try again.</source>
        <translation>Le Secret Service a refusé l&apos;accès au trousseau. Autorisez Keyway dans la demande ou les réglages de votre trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The Secret Service did not work as expected.</source>
        <translation>Le Secret Service n&apos;a pas fonctionné comme prévu.</translation>
    </message>
    <message>
        <source>(It said: %1)</source>
        <translation>(Il a répondu : %1)</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>the single quote at character %1 is never closed</source>
        <translation>l&apos;apostrophe au caractère %1 n&apos;est jamais fermée</translation>
    </message>
    <message>
        <source>the $&apos;…&apos; quote at character %1 is never closed</source>
        <translation>la citation $&apos;…&apos; au caractère %1 n&apos;est jamais fermée</translation>
    </message>
    <message>
        <source>the double quote at character %1 is never closed</source>
        <translation>le guillemet au caractère %1 n&apos;est jamais fermé</translation>
    </message>
</context>
<context>
    <name>SignedJwt</name>
    <message>
        <source>claim</source>
        <translation>revendication</translation>
    </message>
    <message>
        <source>signing the JWT</source>
        <translation>la signature du JWT</translation>
    </message>
    <message>
        <source>cannot sign the JWT: %1</source>
        <translation>impossible de signer le JWT : %1</translation>
    </message>
</context>
<context>
    <name>SnippetGenerator</name>
    <message>
        <source>cURL</source>
        <translation>cURL</translation>
    </message>
    <message>
        <source>HTTPie</source>
        <translation>HTTPie</translation>
    </message>
    <message>
        <source>JavaScript (fetch)</source>
        <translation>JavaScript (fetch)</translation>
    </message>
    <message>
        <source>JavaScript (axios)</source>
        <translation>JavaScript (axios)</translation>
    </message>
    <message>
        <source>Python (requests)</source>
        <translation>Python (requests)</translation>
    </message>
    <message>
        <source>PHP (curl)</source>
        <translation>PHP (curl)</translation>
    </message>
</context>
<context>
    <name>SystemBrowserLauncher</name>
    <message>
        <source>could not start the browser (%1); open the sign-in address by hand</source>
        <translation>impossible de lancer le navigateur (%1) ; ouvrez l&apos;adresse de connexion à la main</translation>
    </message>
</context>
<context>
    <name>TokenEndpoint</name>
    <message>
        <source>token URL &apos;%1&apos; is not a valid URL</source>
        <translation>l&apos;URL de jetons &apos;%1&apos; n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>the token endpoint answered HTTP %1</source>
        <translation>le point de terminaison de jetons a répondu HTTP %1</translation>
    </message>
    <message>
        <source>the token request failed</source>
        <translation>la demande de jeton a échoué</translation>
    </message>
    <message>
        <source>the response has no token at &quot;%1&quot;</source>
        <translation>la réponse n&apos;a pas de jeton à &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TypedFields</name>
    <message>
        <source>%1 &apos;%2&apos; is sent as JSON, but &apos;%3&apos; is not a JSON value (a number, true, false, null, &quot;text&quot;, [..] or {..})</source>
        <translation>%1 &apos;%2&apos; est envoyé en JSON, mais &apos;%3&apos; n&apos;est pas une valeur JSON (un nombre, true, false, null, &quot;texte&quot;, [..] ou {..})</translation>
    </message>
</context>
<context>
    <name>VariableExpander</name>
    <message>
        <source>&apos;{{&apos; at column %1 of %2 is never closed with &apos;}}&apos; (write &apos;\{{&apos; for a literal &apos;{{&apos;)</source>
        <translation>&apos;{{&apos; à la colonne %1 de %2 n&apos;est jamais fermé par &apos;}}&apos; (écrivez &apos;\{{&apos; pour un &apos;{{&apos; littéral)</translation>
    </message>
    <message>
        <source>&apos;{{%1}}&apos; in %2 is not a variable reference (write &apos;\{{&apos; for a literal &apos;{{&apos;)</source>
        <translation>&apos;{{%1}}&apos; dans %2 n&apos;est pas une référence de variable (écrivez &apos;\{{&apos; pour un &apos;{{&apos; littéral)</translation>
    </message>
    <message>
        <source>variables refer to each other in a cycle: %1 (in %2)</source>
        <translation>des variables se réfèrent les unes aux autres en boucle : %1 (dans %2)</translation>
    </message>
    <message>
        <source>%1 (used in %2)</source>
        <translation>%1 (utilisé dans %2)</translation>
    </message>
    <message>
        <source>environment &apos;%1&apos; has no base URL for {{baseUrl}}</source>
        <translation>l&apos;environnement &apos;%1&apos; n&apos;a pas d&apos;URL de base pour {{baseUrl}}</translation>
    </message>
    <message>
        <source>environment &apos;%1&apos; has no company ID selected for {{companyId}}</source>
        <translation>l&apos;environnement &apos;%1&apos; n&apos;a pas d&apos;identifiant d&apos;entreprise sélectionné pour {{companyId}}</translation>
    </message>
    <message>
        <source>unknown variable &apos;%1&apos;: environment &apos;%2&apos; does not define it</source>
        <translation>variable inconnue &apos;%1&apos; : l&apos;environnement &apos;%2&apos; ne la définit pas</translation>
    </message>
    <message>
        <source>unknown secret &apos;%1&apos; in %2: environment &apos;%3&apos; has no such secret</source>
        <translation>secret inconnu &apos;%1&apos; dans %2 : l&apos;environnement &apos;%3&apos; n&apos;a pas ce secret</translation>
    </message>
    <message>
        <source>secret &apos;%1&apos; used in %2 has no value in the keychain</source>
        <translation>le secret &apos;%1&apos; utilisé dans %2 n&apos;a pas de valeur dans le trousseau</translation>
    </message>
    <message>
        <source>%1 grows past %2 characters once its variables are filled in (at {{%3}}); variables that repeat each other make it double again and again, so check their values</source>
        <translation>%1 dépasse %2 caractères une fois ses variables remplacées (à {{%3}}) ; des variables qui se répètent les unes les autres le doublent encore et encore, vérifiez leurs valeurs</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>{{jwt}} is the token Keyway signs, and environment &apos;%1&apos; does not sign one: set its authentication to Signed JWT</source>
        <translation>{{jwt}} est le jeton que Keyway signe, et l&apos;environnement &apos;%1&apos; n&apos;en signe pas : réglez son authentification sur « JWT signé »</translation>
    </message>
</context>
<context>
    <name>WorkspaceExport</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>%1 is not a Keyway export (it has no &quot;format&quot;: &quot;keyway-export&quot;).</source>
        <translation>%1 n&apos;est pas un export Keyway (il n&apos;a pas de &quot;format&quot;: &quot;keyway-export&quot;).</translation>
    </message>
    <message>
        <source>environment &apos;%1&apos; cannot be imported: %2</source>
        <translation>l&apos;environnement &apos;%1&apos; ne peut pas être importé : %2</translation>
    </message>
    <message>
        <source>request &apos;%1&apos; cannot be imported: %2</source>
        <translation>la requête &apos;%1&apos; ne peut pas être importée : %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>%1 is already a Keyway workspace</source>
        <translation>%1 est déjà un espace de travail Keyway</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existe et n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>there is no workspace folder at %1</source>
        <translation>il n&apos;y a pas de dossier d&apos;espace de travail à %1</translation>
    </message>
    <message>
        <source>%1 is not a Keyway workspace (it has no %2)</source>
        <translation>%1 n&apos;est pas un espace de travail Keyway (il n&apos;a pas de %2)</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>doit être un UUID</translation>
    </message>
    <message>
        <source>there is no environment &apos;%1&apos;</source>
        <translation>il n&apos;y a pas d&apos;environnement &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation>impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>folder &apos;%1&apos; may use only letters, digits, space, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; and must start with a letter or digit</source>
        <translation>le dossier &apos;%1&apos; ne peut contenir que des lettres, chiffres, espaces, &apos;.&apos;, &apos;_&apos; et &apos;-&apos; et doit commencer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>there is no saved request &apos;%1&apos;</source>
        <translation>il n&apos;y a pas de requête enregistrée &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is a folder &apos;%1&apos; already</source>
        <translation>il existe déjà un dossier « %1 »</translation>
    </message>
    <message>
        <source>folder &apos;%1&apos; cannot go into itself</source>
        <translation>le dossier « %1 » ne peut pas aller dans lui-même</translation>
    </message>
    <message>
        <source>cannot move folder &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>impossible de déplacer le dossier « %1 » vers « %2 »</translation>
    </message>
    <message>
        <source>cannot remove folder &apos;%1&apos;: it is not empty</source>
        <translation>impossible de supprimer le dossier « %1 » : il n’est pas vide</translation>
    </message>
    <message>
        <source>%1 cannot be read, so it is not overwritten; mend or remove it first (%2)</source>
        <translation>%1 ne peut pas être lu, il n’est donc pas écrasé ; réparez-le ou supprimez-le d’abord (%2)</translation>
    </message>
</context>
<context>
    <name>YamlJson</name>
    <message>
        <source>%1 is not valid YAML (line %2, column %3: %4)</source>
        <translation>%1 n&apos;est pas du YAML valide (ligne %2, colonne %3 : %4)</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 values or %3 MiB of text through aliases that repeat each other (a &quot;billion laughs&quot; document); it was not imported</source>
        <translation>%1 s’étend à plus de %2 valeurs ou %3 Mio de texte par des alias qui se répètent (un document « billion laughs ») ; il n’a pas été importé</translation>
    </message>
    <message>
        <source>%1 is too large to read into memory</source>
        <translation>%1 est trop grand pour être lu en mémoire</translation>
    </message>
</context>
<context>
    <name>keyway::AuthorizationCodeLogin</name>
    <message numerus="yes">
        <source>no answer from the browser within %n minute(s)</source>
        <translation>
            <numerusform>aucune réponse du navigateur en %n minute</numerusform>
            <numerusform>aucune réponse du navigateur en %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>secret &apos;%1&apos; has no value in the keychain</source>
        <translation>le secret &apos;%1&apos; n&apos;a pas de valeur dans le trousseau</translation>
    </message>
    <message>
        <source>cannot read secrets from the keychain: %1</source>
        <translation>impossible de lire les secrets du trousseau : %1</translation>
    </message>
    <message>
        <source>authorization URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1 for the browser&apos;s answer</source>
        <translation>impossible d&apos;écouter sur 127.0.0.1 pour la réponse du navigateur</translation>
    </message>
    <message>
        <source>signed in, but the tokens could not be stored in the keychain: %1</source>
        <translation>connecté, mais les jetons n&apos;ont pas pu être enregistrés dans le trousseau : %1</translation>
    </message>
    <message>
        <source>sign-in cancelled</source>
        <translation>connexion annulée</translation>
    </message>
</context>
<context>
    <name>keyway::CaptureSaver</name>
    <message>
        <source>there is no environment &apos;%1&apos; to save the captures to</source>
        <translation>il n&apos;y a pas d&apos;environnement « %1 » où garder les captures</translation>
    </message>
    <message>
        <source>capture %1 cannot be kept as a secret: %2</source>
        <translation>la capture %1 ne peut pas être gardée comme secret : %2</translation>
    </message>
    <message>
        <source>capture %1 could not be kept in the keychain: %2</source>
        <translation>la capture %1 n&apos;a pas pu être gardée dans le trousseau : %2</translation>
    </message>
</context>
<context>
    <name>keyway::ClientCertificateChecker</name>
    <message>
        <source>the passphrase secret &apos;%1&apos; is not set</source>
        <translation>le secret de phrase de passe « %1 » n&apos;est pas défini</translation>
    </message>
    <message>
        <source>the passphrase secret &apos;%1&apos; could not be read: %2</source>
        <translation>le secret de phrase de passe « %1 » n&apos;a pas pu être lu : %2</translation>
    </message>
</context>
<context>
    <name>keyway::CollectionRunner</name>
    <message>
        <source>cannot read secrets from the keychain: %1</source>
        <translation>impossible de lire les secrets du trousseau : %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>keyway::CookieJar</name>
    <message>
        <source>the stored cookies are damaged (%1)</source>
        <translation>les cookies enregistrés sont endommagés (%1)</translation>
    </message>
</context>
<context>
    <name>keyway::CookieJars</name>
    <message>
        <source>cookies could not be read from the keychain: %1</source>
        <translation>les cookies n&apos;ont pas pu être lus dans le trousseau : %1</translation>
    </message>
    <message>
        <source>cookies could not be saved in the keychain: %1</source>
        <translation>les cookies n&apos;ont pas pu être enregistrés dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>keyway::EnvironmentRename</name>
    <message>
        <source>The workspace already has an environment called &apos;%1&apos;.</source>
        <translation>L&apos;espace de travail a déjà un environnement nommé &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The keys of &apos;%1&apos; could not be read: %2</source>
        <translation>Les clés de « %1 » n’ont pas pu être lues : %2</translation>
    </message>
    <message>
        <source>The keys could not be stored under &apos;%1&apos;: %2</source>
        <translation>Les clés n’ont pas pu être enregistrées sous « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>keyway::EnvironmentSession</name>
    <message>
        <source>no environment is selected</source>
        <translation>aucun environnement n&apos;est sélectionné</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no company ID &apos;%2&apos;</source>
        <translation>&apos;%1&apos; n&apos;a pas d&apos;identifiant d&apos;entreprise &apos;%2&apos;</translation>
    </message>
    <message>
        <source>secrets could not be read: %1</source>
        <translation>les secrets n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>no value in the keychain for: %1</source>
        <translation>aucune valeur dans le trousseau pour : %1</translation>
    </message>
    <message>
        <source>choose an environment first</source>
        <translation>choisissez d&apos;abord un environnement</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>Bearer … (none yet: sign in first)</source>
        <translation>Bearer … (aucun pour l’instant : connectez-vous d’abord)</translation>
    </message>
    <message>
        <source>Bearer … (requested when sending)</source>
        <translation>Bearer … (demandé à l’envoi)</translation>
    </message>
</context>
<context>
    <name>keyway::HttpExchange</name>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>aucune réponse complète en %n seconde</numerusform>
            <numerusform>aucune réponse complète en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>TLS error with %1: %2</source>
        <translation>erreur TLS avec %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the response body is larger than %1 MiB, the most kept in memory; save it to a file instead (keyway-cli send -o FILE)</source>
        <translation>le corps de la réponse dépasse %1 Mio, le maximum gardé en mémoire ; enregistrez-le plutôt dans un fichier (keyway-cli send -o FICHIER)</translation>
    </message>
    <message>
        <source>%1 answered with a header section Keyway does not read (none at all, more than %2 fields, a field over %3 KiB or over %4 KiB in all); the response was not used</source>
        <translation>%1 a répondu avec des en-têtes que Keyway ne lit pas (aucun, plus de %2 champs, un champ de plus de %3 Kio ou plus de %4 Kio au total) ; la réponse n’a pas été utilisée</translation>
    </message>
    <message>
        <source>the body file %1 changed since the request was built</source>
        <translation>le fichier de corps %1 a changé depuis la construction de la requête</translation>
    </message>
    <message>
        <source>cannot read the body file %1: %2</source>
        <translation>impossible de lire le fichier de corps %1 : %2</translation>
    </message>
</context>
<context>
    <name>keyway::InterProcessLock</name>
    <message numerus="yes">
        <source>%1 still holds %2 after %n second(s)</source>
        <translation>
            <numerusform>%1 détient encore %2 après %n seconde</numerusform>
            <numerusform>%1 détient encore %2 après %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>impossible de créer le fichier de verrou %1</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>un autre processus</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (processus %2)</translation>
    </message>
</context>
<context>
    <name>keyway::KeyVerifier</name>
    <message>
        <source>Verified: the API accepted the key (HTTP %1).</source>
        <translation>Vérifié : l&apos;API a accepté la clé (HTTP %1).</translation>
    </message>
    <message>
        <source>Verified. Company: %1 (%2), plan: %3. Permissions: %4</source>
        <translation>Vérifié. Entreprise : %1 (%2), offre : %3. Autorisations : %4</translation>
    </message>
    <message>
        <source>%1 signs in through your browser; use Sign In to check it.</source>
        <translation>%1 se connecte via votre navigateur ; utilisez « Se connecter » pour le vérifier.</translation>
    </message>
    <message>
        <source>%1 was not made from a provider preset, so Keyway does not know how to verify its keys. Send a request that needs them instead.</source>
        <translation>%1 n&apos;a pas été créé à partir d&apos;un modèle de fournisseur, Keyway ne sait donc pas vérifier ses clés. Envoyez plutôt une requête qui en a besoin.</translation>
    </message>
    <message>
        <source>The %1 preset names no endpoint for verifying keys. Send a request that needs them instead.</source>
        <translation>Le modèle %1 n&apos;indique aucun point de terminaison pour vérifier les clés. Envoyez plutôt une requête qui en a besoin.</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Non vérifié : %1</translation>
    </message>
    <message>
        <source>Not verified.
%1</source>
        <translation>Non vérifié.
%1</translation>
    </message>
    <message>
        <source>Verified: the token endpoint issued a token for these credentials.</source>
        <translation>Vérifié : le point de terminaison de jetons a délivré un jeton pour ces identifiants.</translation>
    </message>
    <message>
        <source>%1 signs a new token for each request, and only the API can tell whether it accepts it: send a request that uses {{jwt}}.</source>
        <translation>%1 signe un nouveau jeton pour chaque requête, et seule l&apos;API peut dire si elle l&apos;accepte : envoyez une requête qui utilise {{jwt}}.</translation>
    </message>
</context>
<context>
    <name>keyway::LoopbackReceiver</name>
    <message>
        <source>Keyway stopped waiting for this sign-in.</source>
        <translation>Keyway n&apos;attend plus cette connexion.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>This address is not part of the sign-in.</source>
        <translation>Cette adresse ne fait pas partie de la connexion.</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>Déjà reçu</translation>
    </message>
    <message>
        <source>Keyway already received an answer for this sign-in.</source>
        <translation>Keyway a déjà reçu une réponse pour cette connexion.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Signed in — you can close this tab.</source>
        <translation>Connecté — vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Sign-in did not complete — Keyway shows why. You can close this tab.</source>
        <translation>La connexion n’a pas abouti — Keyway indique pourquoi. Vous pouvez fermer cet onglet.</translation>
    </message>
</context>
<context>
    <name>keyway::LoopbackReplyHandler</name>
    <message>
        <source>the browser&apos;s answer does not belong to this sign-in (state mismatch); nothing was exchanged</source>
        <translation>la réponse du navigateur n&apos;appartient pas à cette connexion (state différent) ; rien n&apos;a été échangé</translation>
    </message>
    <message>
        <source>the answer does not say which server sent it, although %1 promises to (iss missing); nothing was exchanged</source>
        <translation>la réponse ne dit pas quel serveur l’a envoyée, alors que %1 s’y engage (iss absent) ; rien n’a été échangé</translation>
    </message>
    <message>
        <source>the answer did not come from the expected server (issuer mismatch: expected %1); nothing was exchanged</source>
        <translation>la réponse ne vient pas du serveur attendu (émetteur différent : %1 attendu) ; rien n’a été échangé</translation>
    </message>
    <message>
        <source>the answer has neither a code nor an error</source>
        <translation>la réponse ne contient ni code ni erreur</translation>
    </message>
</context>
<context>
    <name>keyway::ProxyPassword</name>
    <message>
        <source>cannot keep the proxy password in the keychain: %1</source>
        <translation>impossible de garder le mot de passe du proxy dans le trousseau : %1</translation>
    </message>
    <message>
        <source>cannot read the proxy password from the keychain: %1</source>
        <translation>impossible de lire le mot de passe du proxy dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>keyway::SecretBatchWrite</name>
    <message>
        <source>the keychain did not store %1: %2</source>
        <translation>le trousseau n&apos;a pas enregistré %1 : %2</translation>
    </message>
</context>
<context>
    <name>keyway::SendJob</name>
    <message>
        <source>cannot read secrets from the keychain: %1</source>
        <translation>impossible de lire les secrets du trousseau : %1</translation>
    </message>
    <message>
        <source>secret &apos;%1&apos; of &apos;%2&apos; has no value in the keychain; set it with: keyway-cli secret set %2 %1</source>
        <translation>le secret &apos;%1&apos; de &apos;%2&apos; n&apos;a pas de valeur dans le trousseau ; définissez-le avec : keyway-cli secret set %2 %1</translation>
    </message>
    <message>
        <source>this environment signs in with tokens, but no token broker was given</source>
        <translation>cet environnement se connecte avec des jetons, mais aucun gestionnaire de jetons n&apos;a été fourni</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>keyway::TokenBroker</name>
    <message>
        <source>cannot read the tokens from the keychain: %1</source>
        <translation>impossible de lire les jetons du trousseau : %1</translation>
    </message>
    <message>
        <source>the session for &apos;%1&apos; has expired; sign in again</source>
        <translation>la session de &apos;%1&apos; a expiré ; reconnectez-vous</translation>
    </message>
    <message>
        <source>not signed in to &apos;%1&apos;; sign in first</source>
        <translation>non connecté à &apos;%1&apos; ; connectez-vous d&apos;abord</translation>
    </message>
    <message>
        <source>cannot read secrets from the keychain: %1</source>
        <translation>impossible de lire les secrets du trousseau : %1</translation>
    </message>
    <message>
        <source>secret &apos;%1&apos; of &apos;%2&apos; has no value in the keychain; set it with: keyway-cli secret set %2 %1</source>
        <translation>le secret &apos;%1&apos; de &apos;%2&apos; n&apos;a pas de valeur dans le trousseau ; définissez-le avec : keyway-cli secret set %2 %1</translation>
    </message>
    <message>
        <source>client credentials need a client secret; set it with: keyway-cli secret set %1 %2</source>
        <translation>les client credentials exigent un secret client ; définissez-le avec : keyway-cli secret set %1 %2</translation>
    </message>
    <message>
        <source>sign-in needed for &apos;%1&apos;: %2</source>
        <translation>connexion nécessaire pour &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>cannot store the new tokens in the keychain: %1</source>
        <translation>impossible d&apos;enregistrer les nouveaux jetons dans le trousseau : %1</translation>
    </message>
    <message>
        <source>another Keyway process is renewing the tokens of &apos;%1&apos; and has not finished: %2</source>
        <translation>un autre processus Keyway renouvelle les jetons de « %1 » et n’a pas terminé : %2</translation>
    </message>
</context>
<context>
    <name>keyway::TokenReplyHandler</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>keyway::TokenRequest</name>
    <message>
        <source>there is no refresh token to renew the session with</source>
        <translation>aucun jeton d’actualisation ne permet de renouveler la session</translation>
    </message>
</context>
<context>
    <name>keyway::ui::AuthChip</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Renouveler maintenant</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Aucun environnement</translation>
    </message>
    <message>
        <source>No auth</source>
        <translation>Pas d&apos;authentification</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Checking sign-in…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation>En attente de votre navigateur…</translation>
    </message>
    <message>
        <source>If the browser did not open, visit:
%1</source>
        <translation>Si le navigateur ne s&apos;est pas ouvert, visitez :
%1</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Connexion nécessaire</translation>
    </message>
    <message>
        <source>Signed in — token expires in %1</source>
        <translation>Connecté — le jeton expire dans %1</translation>
    </message>
    <message>
        <source>Signed in — token expired, refreshes on the next request</source>
        <translation>Connecté — jeton expiré, renouvelé à la prochaine requête</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation>Portées accordées : %1</translation>
    </message>
    <message>
        <source>Signed JWT (%1)</source>
        <translation>JWT signé (%1)</translation>
    </message>
    <message>
        <source>A new token is signed for every request with the key in the keychain</source>
        <translation>Un nouveau jeton est signé pour chaque requête avec la clé du trousseau</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ChecksEditor</name>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Add Check</source>
        <translation>Ajouter une vérification</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add Capture</source>
        <translation>Ajouter une capture</translation>
    </message>
    <message>
        <source>Forget Captured Values</source>
        <translation>Oublier les valeurs capturées</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Captures</translation>
    </message>
    <message>
        <source>Drop the values captured this session for the active environment</source>
        <translation>Abandonner les valeurs capturées pendant cette session pour l&apos;environnement actif</translation>
    </message>
    <message>
        <source>Checked after every send: status == 201 · status in 2xx · header Content-Type contains json · $.data[0].id exists · $.amount &gt; 0 · $.items length == 3 · time &lt; 500 · no-error</source>
        <translation>Vérifiées après chaque envoi : status == 201 · status in 2xx · header Content-Type contains json · $.data[0].id exists · $.amount &gt; 0 · $.items length == 3 · time &lt; 500 · no-error</translation>
    </message>
    <message>
        <source>Values for the next requests, as {{name}}: id = $.data.id · next = header Location · token = $.access_token secret (masked, kept in memory only)</source>
        <translation>Valeurs pour les requêtes suivantes, en {{name}} : id = $.data.id · next = header Location · token = $.access_token secret (masquée, gardée en mémoire seulement)</translation>
    </message>
    <message>
        <source>{{%1}} for the next requests</source>
        <translation>{{%1}} pour les requêtes suivantes</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ClientCertificateTable</name>
    <message>
        <source>Client certificates</source>
        <translation>Certificats client</translation>
    </message>
    <message>
        <source>Origin (empty: the base URL&apos;s)</source>
        <translation>Origine (vide : celle de l&apos;URL de base)</translation>
    </message>
    <message>
        <source>Certificate or PKCS#12</source>
        <translation>Certificat ou PKCS#12</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Passphrase secret</source>
        <translation>Secret de la phrase secrète</translation>
    </message>
    <message>
        <source>Add Certificate…</source>
        <translation>Ajouter un certificat…</translation>
    </message>
    <message>
        <source>Empty for a PKCS#12 bundle, which holds the key</source>
        <translation>Vide pour un paquet PKCS#12, qui contient la clé</translation>
    </message>
    <message>
        <source>A key of this environment holding the passphrase; empty when the key has none</source>
        <translation>Une clé de cet environnement qui contient la phrase secrète ; vide si la clé n&apos;en a pas</translation>
    </message>
    <message>
        <source>Client Certificate (PEM or PKCS#12)</source>
        <translation>Certificat client (PEM ou PKCS#12)</translation>
    </message>
    <message>
        <source>Private Key of the Certificate (PEM)</source>
        <translation>Clé privée du certificat (PEM)</translation>
    </message>
    <message>
        <source>Check Connection</source>
        <translation>Vérifier la connexion</translation>
    </message>
    <message>
        <source>One TLS handshake with the selected certificate&apos;s origin: does the server ask for the certificate, and does it accept it? No request is sent.</source>
        <translation>Une négociation TLS avec l&apos;origine du certificat choisi : le serveur demande-t-il le certificat, et l&apos;accepte-t-il ? Aucune requête n&apos;est envoyée.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>keyway::ui::CookieDialog</name>
    <message>
        <source>&amp;Edit Value…</source>
        <translation>&amp;Modifier la valeur…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>C&amp;lear All</source>
        <translation>&amp;Tout effacer</translation>
    </message>
    <message>
        <source>Cookies of %1</source>
        <translation>Cookies de %1</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Cookies the environment&apos;s answers set are sent back to its own origins only. Their values are kept in the system keychain, never in workspace files or the history.</source>
        <translation>Les cookies posés par les réponses de l&apos;environnement ne sont renvoyés qu&apos;à ses propres origines. Leurs valeurs sont gardées dans le trousseau du système, jamais dans les fichiers de l&apos;espace de travail ni dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Reading the cookies from the keychain…</source>
        <translation>Lecture des cookies dans le trousseau…</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s)</source>
        <translation>
            <numerusform>%n cookie</numerusform>
            <numerusform>%n cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Cookie</source>
        <translation>Modifier le cookie</translation>
    </message>
    <message>
        <source>New value of %1 for %2; it goes straight into the system keychain:</source>
        <translation>Nouvelle valeur de %1 pour %2 ; elle va directement dans le trousseau du système :</translation>
    </message>
    <message>
        <source>Clear Cookies</source>
        <translation>Effacer les cookies</translation>
    </message>
    <message>
        <source>No cookies yet: cookies set by answers to %1 appear here.</source>
        <translation>Pas encore de cookies : ceux posés par les réponses à %1 apparaissent ici.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n cookie(s) of %1? Sessions they hold end here; the server may still know them.</source>
        <translation>
            <numerusform>Supprimer le cookie de %1 ? Les sessions qu&apos;il porte s&apos;arrêtent ici ; le serveur peut encore les connaître.</numerusform>
            <numerusform>Supprimer les %n cookies de %1 ? Les sessions qu&apos;ils portent s&apos;arrêtent ici ; le serveur peut encore les connaître.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::DocumentTabs</name>
    <message>
        <source>Open requests and environments</source>
        <translation>Requêtes et environnements ouverts</translation>
    </message>
    <message>
        <source>%1 (preview: double-click or edit to keep it open)</source>
        <translation>%1 (aperçu : double-cliquez ou modifiez pour garder l’onglet)</translation>
    </message>
    <message>
        <source>Close “%1”?</source>
        <translation>Fermer « %1 » ?</translation>
    </message>
    <message>
        <source>It has changes that are not saved. Closing the tab discards them (Ctrl+Shift+T brings the tab back, changes included).</source>
        <translation>Des modifications ne sont pas enregistrées. Fermer l’onglet les abandonne (Ctrl+Maj+T rouvre l’onglet, modifications comprises).</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>keyway::ui::EditableTable</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>keyway::ui::EnvironmentActions</name>
    <message>
        <source>New Environment</source>
        <translation>Nouvel environnement</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Ouvrez ou créez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <source>Duplicate Environment</source>
        <translation>Dupliquer l&apos;environnement</translation>
    </message>
    <message>
        <source>Choose the environment to duplicate in the toolbar first.</source>
        <translation>Choisissez d&apos;abord dans la barre d&apos;outils l&apos;environnement à dupliquer.</translation>
    </message>
    <message>
        <source>Name of the %1 copy of %2 (its keys are not copied):</source>
        <translation>Nom de la copie %1 de %2 (ses clés ne sont pas copiées) :</translation>
    </message>
    <message>
        <source>The workspace already has an environment called &apos;%1&apos;.</source>
        <translation>L&apos;espace de travail a déjà un environnement nommé &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Value of %1 for %2 (leave empty to add it later under Keys → Manage Keys):</source>
        <translation>Valeur de %1 pour %2 (laissez vide pour l&apos;ajouter plus tard dans Clés → Gérer les clés) :</translation>
    </message>
    <message>
        <source>Saved environment %1.</source>
        <translation>Environnement %1 enregistré.</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Choose an environment first.</source>
        <translation>Choisissez d&apos;abord un environnement.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::EnvironmentAuthForm</name>
    <message>
        <source>Requests are sent without credentials.</source>
        <translation>Les requêtes sont envoyées sans identifiants.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value template</source>
        <translation>Modèle de valeur</translation>
    </message>
    <message>
        <source>Query item</source>
        <translation>Paramètre de requête</translation>
    </message>
    <message>
        <source>Basic user</source>
        <translation>Utilisateur Basic</translation>
    </message>
    <message>
        <source>Basic password</source>
        <translation>Mot de passe Basic</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>URL d’autorisation</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>More scopes</source>
        <translation>Autres portées</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Token field</source>
        <translation>Champ du jeton</translation>
    </message>
    <message>
        <source>Lifetime field</source>
        <translation>Champ de durée</translation>
    </message>
    <message>
        <source>Ask for consent every time (prompt=consent)</source>
        <translation>Demander le consentement à chaque fois (prompt=consent)</translation>
    </message>
    <message>
        <source>Way to authenticate</source>
        <translation>Mode d’authentification</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Headers, query values or Basic (API key)</source>
        <translation>En-têtes, paramètres ou Basic (clé d’API)</translation>
    </message>
    <message>
        <source>OAuth 2.0 sign-in in the browser (authorization code + PKCE)</source>
        <translation>Connexion OAuth 2.0 dans le navigateur (code d’autorisation + PKCE)</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials</source>
        <translation>OAuth 2.0 identifiants client</translation>
    </message>
    <message>
        <source>API key exchanged for a token</source>
        <translation>Clé d’API échangée contre un jeton</translation>
    </message>
    <message>
        <source>e.g. {{secret.api_key}}</source>
        <translation>p. ex. {{secret.api_key}}</translation>
    </message>
    <message>
        <source>empty for none</source>
        <translation>vide pour aucun</translation>
    </message>
    <message>
        <source>Scopes to ask for</source>
        <translation>Portées à demander</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>Ce qu&apos;elle permet</translation>
    </message>
    <message>
        <source>other scopes, separated by spaces</source>
        <translation>autres portées, séparées par des espaces</translation>
    </message>
    <message>
        <source>Form (application/x-www-form-urlencoded)</source>
        <translation>Formulaire (application/x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Token request body</source>
        <translation>Corps de la demande de jeton</translation>
    </message>
    <message>
        <source>Basic header</source>
        <translation>En-tête Basic</translation>
    </message>
    <message>
        <source>In the body</source>
        <translation>Dans le corps</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Authentification du client</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Token lifetime when the response does not say</source>
        <translation>Durée du jeton quand la réponse ne la donne pas</translation>
    </message>
    <message>
        <source>&amp;Way:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>En-têtes :</translation>
    </message>
    <message>
        <source>Query values:</source>
        <translation>Paramètres de requête :</translation>
    </message>
    <message>
        <source>Basic user:</source>
        <translation>Utilisateur Basic :</translation>
    </message>
    <message>
        <source>Basic password:</source>
        <translation>Mot de passe Basic :</translation>
    </message>
    <message>
        <source>Authorization URL:</source>
        <translation>URL d’autorisation :</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>URL du jeton :</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID client :</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
    <message>
        <source>More scopes:</source>
        <translation>Autres portées :</translation>
    </message>
    <message>
        <source>Token request headers:</source>
        <translation>En-têtes de la demande de jeton :</translation>
    </message>
    <message>
        <source>Token request parameters:</source>
        <translation>Paramètres de la demande de jeton :</translation>
    </message>
    <message>
        <source>Token request body:</source>
        <translation>Corps de la demande de jeton :</translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation>Authentification du client :</translation>
    </message>
    <message>
        <source>Token field:</source>
        <translation>Champ du jeton :</translation>
    </message>
    <message>
        <source>Lifetime field:</source>
        <translation>Champ de durée :</translation>
    </message>
    <message>
        <source>Default lifetime:</source>
        <translation>Durée par défaut :</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>found from the authorization URL; e.g. https://login.example.com/realms/acme</source>
        <translation>déduit de l’URL d’autorisation ; p. ex. https://login.example.com/realms/acme</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>Key that signs the JWT</source>
        <translation>Clé qui signe le JWT</translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation>Identifiant de clé (kid)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Signed JWT (Keyway signs a token for each request)</source>
        <translation>JWT signé (Keyway signe un jeton pour chaque requête)</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Algorithme de signature</translation>
    </message>
    <message>
        <source>HS256 (shared secret)</source>
        <translation>HS256 (secret partagé)</translation>
    </message>
    <message>
        <source>HS384 (shared secret)</source>
        <translation>HS384 (secret partagé)</translation>
    </message>
    <message>
        <source>HS512 (shared secret)</source>
        <translation>HS512 (secret partagé)</translation>
    </message>
    <message>
        <source>RS256 (RSA private key, PEM)</source>
        <translation>RS256 (clé privée RSA, PEM)</translation>
    </message>
    <message>
        <source>ES256 (P-256 private key, PEM)</source>
        <translation>ES256 (clé privée P-256, PEM)</translation>
    </message>
    <message>
        <source>a key of this environment, e.g. client_secret</source>
        <translation>une clé de cet environnement, p. ex. client_secret</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithme :</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Clé de signature :</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Identifiant de clé :</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Revendications :</translation>
    </message>
    <message>
        <source>Put {{jwt}} where the token goes: a header below (Authorization: Bearer {{jwt}}),
a query value, or the request URL (/login/token/{{jwt}}).
Claims may use {{$timestamp}}, {{$timestamp+300}} and {{$uuid}}, fresh for every request.</source>
        <translation>Placez {{jwt}} là où va le jeton : un en-tête ci-dessous (Authorization: Bearer {{jwt}}),
une valeur de requête ou l&apos;URL de la requête (/login/token/{{jwt}}).
Les revendications peuvent utiliser {{$timestamp}}, {{$timestamp+300}} et {{$uuid}}, renouvelés à chaque requête.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::EnvironmentBar</name>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID d&apos;entreprise</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise :</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (production)</translation>
    </message>
    <message>
        <source>Sent in the %1 header</source>
        <translation>Envoyé dans l&apos;en-tête %1</translation>
    </message>
</context>
<context>
    <name>keyway::ui::EnvironmentEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Allow plain http:// to hosts other than this machine (credentials travel unencrypted)</source>
        <translation>Autoriser http:// en clair vers d’autres machines (les identifiants circulent sans chiffrement)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Write the environment file (Ctrl+S)</source>
        <translation>Écrire le fichier de l’environnement (Ctrl+S)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Company IDs</source>
        <translation>ID d&apos;entreprise</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>company header</source>
        <translation>en-tête d’entreprise</translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation>Nom de l’environnement</translation>
    </message>
    <message>
        <source>Kind of environment</source>
        <translation>Type d’environnement</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>Header that carries the company ID</source>
        <translation>En-tête qui porte l’ID d’entreprise</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Make Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Sent in the &amp;header:</source>
        <translation>Envoyé dans l’&amp;en-tête :</translation>
    </message>
    <message>
        <source>Double-click an ID to rename it; the default (bold) is sent unless you pick another in the toolbar.</source>
        <translation>Double-cliquez sur un ID pour le renommer ; l’ID par défaut (en gras) est envoyé sauf si vous en choisissez un autre dans la barre d’outils.</translation>
    </message>
    <message>
        <source>The workspace already has an environment called &apos;%1&apos;.</source>
        <translation>L&apos;espace de travail a déjà un environnement nommé &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unsaved changes — Ctrl+S writes them.</source>
        <translation>Modifications non enregistrées — Ctrl+S les écrit.</translation>
    </message>
    <message>
        <source>Cannot be saved yet: %1</source>
        <translation>Ne peut pas encore être enregistré : %1</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clé %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Save Environment</source>
        <translation>Enregistrer l’environnement</translation>
    </message>
    <message>
        <source>trusted origins</source>
        <translation>origines de confiance</translation>
    </message>
    <message>
        <source>Other origins that get the credentials</source>
        <translation>Autres origines qui reçoivent les identifiants</translation>
    </message>
    <message>
        <source>&amp;Trusted origins:</source>
        <translation>Origines de &amp;confiance :</translation>
    </message>
    <message>
        <source>The credentials (authentication, company ID and cookies) go only to the base URL&apos;s origin and to these, separated by spaces; requests anywhere else go without them.</source>
        <translation>Les identifiants (authentification, identifiant d&apos;entreprise et cookies) ne vont qu&apos;à l&apos;origine de l&apos;URL de base et à celles-ci, séparées par des espaces ; les requêtes ailleurs partent sans eux.</translation>
    </message>
    <message>
        <source>Client certificates
(mutual TLS):</source>
        <translation>Certificats client
(TLS mutuel) :</translation>
    </message>
</context>
<context>
    <name>keyway::ui::EnvironmentFiles</name>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1 ?</translation>
    </message>
    <message>
        <source>The environment file of %1 is deleted. Requests stay; Undo (Ctrl+Z) brings the environment back as long as its keys are kept.</source>
        <translation>Le fichier de l’environnement %1 est supprimé. Les requêtes restent ; Annuler (Ctrl+Z) le rétablit tant que ses clés sont conservées.</translation>
    </message>
    <message>
        <source>Delete Environment</source>
        <translation>Supprimer l’environnement</translation>
    </message>
    <message>
        <source>Remove the keys of %1 too?</source>
        <translation>Supprimer aussi les clés de %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n key(s) in the system keychain. Remove those as well? Removed keys cannot be brought back, and the deletion can then not be undone.</source>
        <translation>
            <numerusform>%1 a %n clé dans le trousseau du système. La supprimer aussi ? Une clé supprimée ne peut pas être récupérée, et la suppression ne pourra plus être annulée.</numerusform>
            <numerusform>%1 a %n clés dans le trousseau du système. Les supprimer aussi ? Les clés supprimées ne peuvent pas être récupérées, et la suppression ne pourra plus être annulée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Keys Too</source>
        <translation>Supprimer aussi les clés</translation>
    </message>
    <message>
        <source>Delete environment “%1”</source>
        <translation>Supprimer l’environnement « %1 »</translation>
    </message>
    <message>
        <source>Deleted %1; its keys are kept — Ctrl+Z brings it back</source>
        <translation>%1 supprimé ; ses clés sont conservées — Ctrl+Z le rétablit</translation>
    </message>
    <message>
        <source>Deleted %1 and its keys.</source>
        <translation>%1 et ses clés supprimés.</translation>
    </message>
    <message>
        <source>%1 could not be removed from the keychain: %2</source>
        <translation>%1 n’a pas pu être supprimée du trousseau : %2</translation>
    </message>
</context>
<context>
    <name>keyway::ui::EnvironmentKeysSection</name>
    <message>
        <source>Keys of this environment</source>
        <translation>Clés de cet environnement</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Add Key…</source>
        <translation>Ajouter une clé…</translation>
    </message>
    <message>
        <source>Set or Rotate…</source>
        <translation>Définir ou renouveler…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Reveal (%1 s)</source>
        <translation>Afficher (%1 s)</translation>
    </message>
    <message>
        <source>Values live in the system keychain and are never shown here. Use them in requests as {{secret.NAME}}.</source>
        <translation>Les valeurs restent dans le trousseau du système et ne sont jamais affichées ici. Utilisez-les dans les requêtes comme {{secret.NAME}}.</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>Ajouter une clé</translation>
    </message>
    <message>
        <source>Name of the key (used as {{secret.NAME}}):</source>
        <translation>Nom de la clé (utilisée comme {{secret.NAME}}) :</translation>
    </message>
    <message>
        <source>%1 already has a key called &apos;%2&apos;.</source>
        <translation>%1 a déjà une clé nommée « %2 ».</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>dans le trousseau</translation>
    </message>
    <message>
        <source>missing — Set… stores it</source>
        <translation>manquante — « Définir… » l’enregistre</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clé %1</translation>
    </message>
    <message>
        <source>Value of %1 for %2; it goes straight into the system keychain:</source>
        <translation>Valeur de %1 pour %2 ; elle va directement dans le trousseau du système :</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Supprimer %1 ?</translation>
    </message>
    <message>
        <source>The value of %1 is deleted from the keychain and cannot be brought back; requests that use {{secret.%1}} will ask for it.</source>
        <translation>La valeur de %1 est supprimée du trousseau et ne peut pas être récupérée ; les requêtes qui utilisent {{secret.%1}} la demanderont.</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ErrorCard</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the error code, message and request id</source>
        <translation>Copier le code d&apos;erreur, le message et l&apos;ID de requête</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry after %n second(s)</source>
        <translation>
            <numerusform>Réessayer après %n seconde</numerusform>
            <numerusform>Réessayer après %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::EventStreamModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>keyway::ui::EventStreamView</name>
    <message>
        <source>Server-sent events</source>
        <translation>Événements envoyés par le serveur</translation>
    </message>
    <message>
        <source>Data of the selected event</source>
        <translation>Données de l’événement sélectionné</translation>
    </message>
    <message>
        <source>Select an event to see its data.</source>
        <translation>Sélectionnez un événement pour voir ses données.</translation>
    </message>
    <message>
        <source>%1; the events after it are not listed (the Raw tab has the whole body)</source>
        <translation>%1 ; les événements suivants ne sont pas listés (l’onglet Brut contient tout le corps)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>the oldest %1 left the list</source>
        <translation>les %1 plus anciens ont quitté la liste</translation>
    </message>
    <message>
        <source>following the newest</source>
        <translation>suit le plus récent</translation>
    </message>
    <message>
        <source>scrolled up: not following (scroll to the end to follow)</source>
        <translation>défilé vers le haut : ne suit plus (défilez jusqu’à la fin pour suivre)</translation>
    </message>
</context>
<context>
    <name>keyway::ui::GraphQlEditor</name>
    <message>
        <source>GraphQL query</source>
        <translation>Requête GraphQL</translation>
    </message>
    <message>
        <source>query { … }  — brackets are matched and checked as you type</source>
        <translation>query { … }  — les accolades sont appariées et vérifiées à la frappe</translation>
    </message>
    <message>
        <source>GraphQL variables (JSON)</source>
        <translation>Variables GraphQL (JSON)</translation>
    </message>
    <message>
        <source>{&quot;first&quot;: 10}  — variables as JSON; {{variables}} work in it</source>
        <translation>{&quot;first&quot;: 10}  — variables en JSON ; {{variables}} y fonctionnent</translation>
    </message>
    <message>
        <source>Operation to run</source>
        <translation>Opération à exécuter</translation>
    </message>
    <message>
        <source>Variables:</source>
        <translation>Variables :</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Opération :</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune pour l&apos;instant)</translation>
    </message>
    <message>
        <source>the only one</source>
        <translation>la seule</translation>
    </message>
    <message>
        <source>The variables are not a JSON object (%1 at character %2).</source>
        <translation>Les variables ne sont pas un objet JSON (%1 au caractère %2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>Fetch &amp;Schema</source>
        <translation>Récupérer le &amp;schéma</translation>
    </message>
    <message>
        <source>No schema yet: Fetch Schema asks the server, then fields complete as you type.</source>
        <translation>Pas encore de schéma : « Récupérer le schéma » interroge le serveur, puis les champs se complètent à la frappe.</translation>
    </message>
    <message>
        <source>Ask the server for its schema (introspection), for completion and the docs panel</source>
        <translation>Demander son schéma au serveur (introspection), pour la complétion et le panneau de documentation</translation>
    </message>
    <message>
        <source>Schema types</source>
        <translation>Types du schéma</translation>
    </message>
    <message>
        <source>Type or field</source>
        <translation>Type ou champ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Docs</source>
        <translation>&amp;Docs</translation>
    </message>
</context>
<context>
    <name>keyway::ui::GraphQlSchemaLoader</name>
    <message numerus="yes">
        <source>Schema of %1: %n type(s), fetched %2</source>
        <translation>
            <numerusform>Schéma de %1 : %n type, récupéré %2</numerusform>
            <numerusform>Schéma de %1 : %n types, récupéré %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No schema of %1 yet.</source>
        <translation>Pas encore de schéma de %1.</translation>
    </message>
    <message>
        <source>Asking %1 for its schema…</source>
        <translation>Demande de son schéma à %1…</translation>
    </message>
    <message>
        <source>The schema could not be fetched: %1</source>
        <translation>Le schéma n&apos;a pas pu être récupéré : %1</translation>
    </message>
    <message>
        <source>No schema: %1</source>
        <translation>Pas de schéma : %1</translation>
    </message>
    <message>
        <source>No schema: %1 answered HTTP %2</source>
        <translation>Pas de schéma : %1 a répondu HTTP %2</translation>
    </message>
    <message numerus="yes">
        <source>Schema of %1: %n type(s), fetched now</source>
        <translation>
            <numerusform>Schéma de %1 : %n type, récupéré à l&apos;instant</numerusform>
            <numerusform>Schéma de %1 : %n types, récupérés à l&apos;instant</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::HeaderTableModel</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>keyway::ui::HistoryModel</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>%1
in %2</source>
        <translation>%1
dans %2</translation>
    </message>
</context>
<context>
    <name>keyway::ui::HistoryPanel</name>
    <message>
        <source>Search the history</source>
        <translation>Chercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>History of sent requests</source>
        <translation>Historique des requêtes envoyées</translation>
    </message>
    <message>
        <source>Clear History…</source>
        <translation>Vider l&apos;historique…</translation>
    </message>
    <message>
        <source>Export as HAR…</source>
        <translation>Exporter en HAR…</translation>
    </message>
    <message>
        <source>Save the entries shown (matching the search) as an HTTP Archive; keys stay masked.</source>
        <translation>Enregistrer les entrées affichées (selon la recherche) comme archive HTTP ; les clés restent masquées.</translation>
    </message>
    <message>
        <source>Export as HAR</source>
        <translation>Exporter en HAR</translation>
    </message>
    <message>
        <source>No history entries to export.</source>
        <translation>Aucune entrée d&apos;historique à exporter.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Clear history?</source>
        <translation>Vider l&apos;historique ?</translation>
    </message>
    <message>
        <source>Every saved request and response in the history is deleted.</source>
        <translation>Toutes les requêtes et réponses enregistrées dans l&apos;historique sont supprimées.</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Vider l&apos;historique</translation>
    </message>
    <message>
        <source>Search URL, status, environment</source>
        <translation>Chercher URL, statut, environnement</translation>
    </message>
</context>
<context>
    <name>keyway::ui::KeyManagerDialog</name>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>API key (exchanged for a token)</source>
        <translation>Clé d&apos;API (échangée contre un jeton)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Keys — %1</source>
        <translation>Clés — %1</translation>
    </message>
    <message>
        <source>Keys of this workspace</source>
        <translation>Clés de cet espace de travail</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Copy (%1 s)</source>
        <translation>&amp;Copier (%1 s)</translation>
    </message>
    <message>
        <source>R&amp;eveal (%1 s)</source>
        <translation>A&amp;fficher (%1 s)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Remind me to rotate keys &amp;older than</source>
        <translation>Rappeler de renouveler les clés plus ancie&amp;nnes que</translation>
    </message>
    <message>
        <source>this key belongs to the other kind of environment</source>
        <translation>cette clé appartient à l&apos;autre type d&apos;environnement</translation>
    </message>
    <message>
        <source>not set in the keychain</source>
        <translation>absente du trousseau</translation>
    </message>
    <message numerus="yes">
        <source>older than %n day(s): rotate it</source>
        <translation>
            <numerusform>plus ancienne que %n jour : renouvelez-la</numerusform>
            <numerusform>plus ancienne que %n jours : renouvelez-la</numerusform>
        </translation>
    </message>
    <message>
        <source>OAuth tokens</source>
        <translation>Jetons OAuth</translation>
    </message>
    <message>
        <source>access token expires %1</source>
        <translation>le jeton d&apos;accès expire %1</translation>
    </message>
    <message>
        <source>Key dates are not shown: %1</source>
        <translation>Les dates des clés ne sont pas affichées : %1</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>Ajouter une clé</translation>
    </message>
    <message>
        <source>The workspace has no environment yet. Create one with Keys → New Environment.</source>
        <translation>L&apos;espace de travail n&apos;a pas encore d&apos;environnement. Créez-en un avec Clés → Nouvel environnement.</translation>
    </message>
    <message>
        <source>Name of the new secret in %1 (use it as {{secret.name}}):</source>
        <translation>Nom du nouveau secret dans %1 (utilisez-le comme {{secret.name}}) :</translation>
    </message>
    <message>
        <source>%1 already has a secret called %2; use Rotate to change its value.</source>
        <translation>%1 a déjà un secret nommé %2 ; utilisez Renouveler pour changer sa valeur.</translation>
    </message>
    <message>
        <source>Value of %1 in %2:</source>
        <translation>Valeur de %1 dans %2 :</translation>
    </message>
    <message>
        <source>Rotate Key</source>
        <translation>Renouveler la clé</translation>
    </message>
    <message>
        <source>OAuth tokens are renewed by signing in again (Sign In in the toolbar), not by hand.</source>
        <translation>Les jetons OAuth se renouvellent en se reconnectant (Se connecter dans la barre d&apos;outils), pas à la main.</translation>
    </message>
    <message>
        <source>New value for %1 in %2 (the old one is removed from the keychain):</source>
        <translation>Nouvelle valeur de %1 dans %2 (l&apos;ancienne est retirée du trousseau) :</translation>
    </message>
    <message>
        <source>Verify Key</source>
        <translation>Vérifier la clé</translation>
    </message>
    <message>
        <source>Check the new value of %1 with the API now?</source>
        <translation>Vérifier maintenant la nouvelle valeur de %1 auprès de l&apos;API ?</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Sign out of %1? Its OAuth tokens are removed from the keychain.</source>
        <translation>Se déconnecter de %1 ? Ses jetons OAuth sont retirés du trousseau.</translation>
    </message>
    <message>
        <source>Delete %1 of %2 from the keychain? This cannot be undone.</source>
        <translation>Supprimer %1 de %2 du trousseau ? C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Fournisseur : %1</translation>
    </message>
    <message>
        <source>Company IDs: %1</source>
        <translation>ID d’entreprise : %1</translation>
    </message>
    <message>
        <source>JWT signing key</source>
        <translation>Clé de signature JWT</translation>
    </message>
</context>
<context>
    <name>keyway::ui::KeyTableModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Company IDs</source>
        <translation>ID d&apos;entreprise</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernier usage</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>keyway::ui::LargeTextView</name>
    <message numerus="yes">
        <source> … %n line(s) %1</source>
        <translation>
            <numerusform> … %n ligne %1</numerusform>
            <numerusform> … %n lignes %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Unfold</source>
        <translation>Déplier</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Replier</translation>
    </message>
    <message>
        <source>Unfold All</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Copy Line</source>
        <translation>Copier la ligne</translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation>Tout copier</translation>
    </message>
    <message>
        <source>Copy All (too large: use Save Body to File)</source>
        <translation>Tout copier (trop grand : utilisez Enregistrer le corps dans un fichier)</translation>
    </message>
    <message>
        <source>Save Body to File…</source>
        <translation>Enregistrer le corps dans un fichier…</translation>
    </message>
</context>
<context>
    <name>keyway::ui::LocalSandbox</name>
    <message>
        <source>Local Sandbox</source>
        <translation>Sandbox locale</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>La sandbox n&apos;a pas pu écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Local sandbox running on %1</source>
        <translation>Sandbox locale active sur %1</translation>
    </message>
    <message>
        <source>The demo keys could not be stored in the keychain: %1</source>
        <translation>Les clés de démonstration n&apos;ont pas pu être enregistrées dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>keyway::ui::MainWindow</name>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID d&apos;entreprise</translation>
    </message>
    <message>
        <source>Skipped provider presets: %1</source>
        <translation>Modèles de fournisseurs ignorés : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Request</source>
        <translation>&amp;Nouvelle requête</translation>
    </message>
    <message>
        <source>New &amp;Workspace…</source>
        <translation>Nouvel espace de &amp;travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Reload Workspace</source>
        <translation>&amp;Recharger l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export Workspace…</source>
        <translation>E&amp;xporter l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Export &amp;Environment…</source>
        <translation>Exporter l&apos;en&amp;vironnement…</translation>
    </message>
    <message>
        <source>Try the Local &amp;Sandbox</source>
        <translation>Essayer la &amp;sandbox locale</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Paste cURL Command</source>
        <translation>&amp;Coller une commande cURL</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copier en c&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Generate Code…</source>
        <translation>&amp;Générer du code…</translation>
    </message>
    <message>
        <source>&amp;Find in Response</source>
        <translation>Cherc&amp;her dans la réponse</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>C&amp;lés</translation>
    </message>
    <message>
        <source>New &amp;Environment…</source>
        <translation>Nouvel &amp;environnement…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Environment as the Other Kind…</source>
        <translation>&amp;Dupliquer l&apos;environnement vers l&apos;autre type…</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Manage Keys…</source>
        <translation>&amp;Gérer les clés…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Filter Workspace</source>
        <translation>&amp;Filtrer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Keyway</source>
        <translation>À &amp;propos de Keyway</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation>Mon espace de travail</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <source>%1 — Keyway</source>
        <translation>%1 — Keyway</translation>
    </message>
    <message>
        <source>Folder for the New Workspace</source>
        <translation>Dossier du nouvel espace de travail</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Workspace name:</source>
        <translation>Nom de l&apos;espace de travail :</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>%1 is not a Keyway workspace (it has no %2).</source>
        <translation>%1 n&apos;est pas un espace de travail Keyway (il n&apos;a pas de %2).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Environment %1 is ready.</source>
        <translation>L&apos;environnement %1 est prêt.</translation>
    </message>
    <message>
        <source>About Keyway</source>
        <translation>À propos de Keyway</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyway %1&lt;/h3&gt;&lt;p&gt;API explorer and key manager. Secrets stay in your system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keyway %1&lt;/h3&gt;&lt;p&gt;Explorateur d&apos;API et gestionnaire de clés. Les secrets restent dans le trousseau de votre système.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quit Keyway?</source>
        <translation>Quitter Keyway ?</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <source>Reopen Closed &amp;Tab</source>
        <translation>Rouvrir l’onglet &amp;fermé</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatique</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>Côte à &amp;côte</translation>
    </message>
    <message>
        <source>S&amp;tacked</source>
        <translation>&amp;Empilé</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes in %n open tab(s).</source>
        <translation>
            <numerusform>Modifications non enregistrées dans %n onglet ouvert.</numerusform>
            <numerusform>Modifications non enregistrées dans %n onglets ouverts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ed&amp;it Environment</source>
        <translation>Mod&amp;ifier l’environnement</translation>
    </message>
    <message>
        <source>The proxy password was moved from the settings file into the keychain.</source>
        <translation>Le mot de passe du proxy a été déplacé du fichier de réglages vers le trousseau.</translation>
    </message>
    <message>
        <source>&amp;Cookies…</source>
        <translation>&amp;Cookies…</translation>
    </message>
    <message>
        <source>&amp;Run Folder…</source>
        <translation>E&amp;xécuter le dossier…</translation>
    </message>
    <message>
        <source>Captured Values</source>
        <translation>Valeurs capturées</translation>
    </message>
    <message>
        <source>Kept in the environment: %1</source>
        <translation>Gardé dans l&apos;environnement : %1</translation>
    </message>
    <message>
        <source>Save Response &amp;Body…</source>
        <translation>Enregistrer le corps de la ré&amp;ponse…</translation>
    </message>
</context>
<context>
    <name>keyway::ui::MultipartEditor</name>
    <message>
        <source>Multipart form parts</source>
        <translation>Parties du formulaire multipart</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value or file</source>
        <translation>Valeur ou fichier</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <source>Add Text Part</source>
        <translation>Ajouter une partie texte</translation>
    </message>
    <message>
        <source>Add File…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>Unticked parts are not sent</source>
        <translation>Les parties non cochées ne sont pas envoyées</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Read from disk while sending</source>
        <translation>Lu sur le disque pendant l&apos;envoi</translation>
    </message>
    <message>
        <source>A template: {{variables}} and {{secret.NAME}} work</source>
        <translation>Un modèle : {{variables}} et {{secret.NAME}} fonctionnent</translation>
    </message>
    <message>
        <source>File Part</source>
        <translation>Partie fichier</translation>
    </message>
</context>
<context>
    <name>keyway::ui::NewEnvironmentWizard</name>
    <message>
        <source>&amp;Show the values</source>
        <translation>&amp;Afficher les valeurs</translation>
    </message>
    <message>
        <source>&amp;Verify the keys when they are stored</source>
        <translation>&amp;Vérifier les clés une fois enregistrées</translation>
    </message>
    <message>
        <source>New Environment</source>
        <translation>Nouvel environnement</translation>
    </message>
    <message>
        <source>Storing the environment</source>
        <translation>Enregistrement de l&apos;environnement</translation>
    </message>
    <message>
        <source>Which API?</source>
        <translation>Quelle API ?</translation>
    </message>
    <message>
        <source>A preset fills in the addresses, the way to authenticate and how to check a key.</source>
        <translation>Un modèle remplit les adresses, le mode d&apos;authentification et la vérification des clés.</translation>
    </message>
    <message>
        <source>Provider presets</source>
        <translation>Modèles de fournisseurs</translation>
    </message>
    <message>
        <source>Sandbox or production</source>
        <translation>Sandbox ou production</translation>
    </message>
    <message>
        <source>Production environments show a red banner and ask before anything that writes.</source>
        <translation>Les environnements de production affichent un bandeau rouge et demandent confirmation avant toute écriture.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification :</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Scopes to ask for</source>
        <translation>Portées à demander</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>Ce qu&apos;elle permet</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Type or paste them here: they go straight into the system keychain, never into a file.</source>
        <translation>Tapez-les ou collez-les ici : elles vont directement dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Nothing else is needed for this way of authenticating.</source>
        <translation>Rien d&apos;autre n&apos;est nécessaire pour ce mode d&apos;authentification.</translation>
    </message>
    <message>
        <source>Choose the API this environment talks to.</source>
        <translation>Choisissez l&apos;API à laquelle parle cet environnement.</translation>
    </message>
    <message>
        <source>The workspace already has an environment called &apos;%1&apos;.</source>
        <translation>L&apos;espace de travail a déjà un environnement nommé &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est requis.</translation>
    </message>
    <message>
        <source>Storing the keys of %1 in the keychain…</source>
        <translation>Enregistrement des clés de %1 dans le trousseau…</translation>
    </message>
    <message>
        <source>The environment file could not be written: %1</source>
        <translation>Le fichier d&apos;environnement n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 (%2) with %n key(s) in the keychain.</source>
        <translation>
            <numerusform>%1 (%2) créé avec %n clé dans le trousseau.</numerusform>
            <numerusform>%1 (%2) créé avec %n clés dans le trousseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Nothing was created. Go back to try again.</source>
        <translation>Rien n&apos;a été créé. Revenez en arrière pour réessayer.</translation>
    </message>
    <message>
        <source>%1 — unverified</source>
        <translation>%1 — non vérifié</translation>
    </message>
    <message>
        <source>What the API needs besides the keys. Everything here can be changed later in the environment&apos;s editor.</source>
        <translation>Ce dont l’API a besoin en plus des clés. Tout peut être modifié plus tard dans l’éditeur de l’environnement.</translation>
    </message>
    <message>
        <source>%1, …</source>
        <translation>%1, …</translation>
    </message>
    <message>
        <source>Several? Separate them with commas; the first is sent unless you pick another.</source>
        <translation>Plusieurs ? Séparez-les par des virgules ; le premier est envoyé sauf si vous en choisissez un autre.</translation>
    </message>
    <message>
        <source>Several? Separate them with spaces or commas.</source>
        <translation>Plusieurs ? Séparez-les par des espaces ou des virgules.</translation>
    </message>
    <message>
        <source>The %1 looks like a key for the other kind of environment (%2 is %3). Check you pasted the right one.</source>
        <translation>%1 : ressemble à une clé de l’autre type d’environnement (%2 est %3). Vérifiez que vous avez collé la bonne.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::PairTable</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Ticked: the value is sent as JSON (a number, true, false, null, [..] or {..}) in a JSON body</source>
        <translation>Coché : la valeur est envoyée en JSON (un nombre, true, false, null, [..] ou {..}) dans un corps JSON</translation>
    </message>
    <message>
        <source>Ticked: the value is sent as JSON in a JSON body</source>
        <translation>Coché : la valeur est envoyée en JSON dans un corps JSON</translation>
    </message>
    <message>
        <source>%1 (tick: JSON value)</source>
        <translation>%1 (coché : valeur JSON)</translation>
    </message>
</context>
<context>
    <name>keyway::ui::PreviewModel</name>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Show this value for 30 seconds</source>
        <translation>Afficher cette valeur pendant 30 secondes</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Envoyé comme</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ProductionBanner</name>
    <message>
        <source>PRODUCTION — %1 — requests change live data</source>
        <translation>PRODUCTION — %1 — les requêtes modifient des données réelles</translation>
    </message>
</context>
<context>
    <name>keyway::ui::RequestComposer</name>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Params</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;En-têtes</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Corps</translation>
    </message>
    <message>
        <source>&amp;Auth</source>
        <translation>&amp;Auth</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Paramètres de requête</translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation>Ajouter un paramètre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Query parameters of the URL; {{variables}} allowed.</source>
        <translation>Paramètres de requête de l&apos;URL ; {{variables}} autorisées.</translation>
    </message>
    <message>
        <source>Authentication of this request</source>
        <translation>Authentification de cette requête</translation>
    </message>
    <message>
        <source>Inherit from the environment</source>
        <translation>Hériter de l&apos;environnement</translation>
    </message>
    <message>
        <source>No authentication for this request</source>
        <translation>Pas d&apos;authentification pour cette requête</translation>
    </message>
    <message>
        <source>Headers for this request instead</source>
        <translation>Des en-têtes propres à cette requête</translation>
    </message>
    <message>
        <source>Authentication headers of this request</source>
        <translation>En-têtes d&apos;authentification de cette requête</translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <source>Use {{secret.NAME}} for keys; they are filled in only when sending.</source>
        <translation>Utilisez {{secret.NAME}} pour les clés ; elles ne sont insérées qu&apos;à l&apos;envoi.</translation>
    </message>
    <message>
        <source>The environment&apos;s credentials (API key, sign-in) are used unless this request opts out or brings its own.</source>
        <translation>Les identifiants de l&apos;environnement (clé d&apos;API, connexion) sont utilisés, sauf si cette requête s&apos;en passe ou apporte les siens.</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>Kind of body</source>
        <translation>Type de corps</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Form (url-encoded)</source>
        <translation>Formulaire (url-encoded)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Request body; JSON is checked as you type</source>
        <translation>Corps de la requête ; le JSON est vérifié à la saisie</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Champs du formulaire</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <source>Body file</source>
        <translation>Fichier du corps</translation>
    </message>
    <message>
        <source>File whose bytes are the body</source>
        <translation>Fichier dont les octets forment le corps</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Body File</source>
        <translation>Fichier du corps</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>JSON valide</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>JSON invalide ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Envoyer la requête</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Envoyer la requête (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Multipart form</source>
        <translation>Formulaire multipart</translation>
    </message>
    <message>
        <source>GraphQL</source>
        <translation>GraphQL</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Vérifications</translation>
    </message>
    <message>
        <source>/path or full URL; {{variables}} allowed</source>
        <translation>/chemin ou URL ; {{variables}} autorisées</translation>
    </message>
</context>
<context>
    <name>keyway::ui::RequestFiles</name>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Save Request</source>
        <translation>Enregistrer la requête</translation>
    </message>
    <message>
        <source>Request name (folder/name for a collection):</source>
        <translation>Nom de la requête (dossier/nom pour une collection) :</translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation>Enregistrer « %1 »</translation>
    </message>
    <message>
        <source>Rename Request</source>
        <translation>Renommer la requête</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>A request named &apos;%1&apos; already exists there.</source>
        <translation>Une requête nommée &apos;%1&apos; existe déjà à cet endroit.</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Renommer « %1 »</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copie</translation>
    </message>
    <message>
        <source>%1 copy %2</source>
        <translation>%1 copie %2</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Dupliquer « %1 »</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <source>Deleted “%1” — Ctrl+Z restores it</source>
        <translation>« %1 » supprimée — Ctrl+Z la restaure</translation>
    </message>
    <message>
        <source>Move Request</source>
        <translation>Déplacer la requête</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has a request named &apos;%2&apos;.</source>
        <translation>« %1 » a déjà une requête nommée « %2 ».</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer « %1 »</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nom du dossier :</translation>
    </message>
    <message>
        <source>A folder name cannot contain &apos;/&apos;.</source>
        <translation>Un nom de dossier ne peut pas contenir « / ».</translation>
    </message>
    <message>
        <source>New folder “%1”</source>
        <translation>Nouveau dossier « %1 »</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Renommer le dossier</translation>
    </message>
    <message>
        <source>Rename folder “%1”</source>
        <translation>Renommer le dossier « %1 »</translation>
    </message>
    <message>
        <source>Move folder “%1”</source>
        <translation>Déplacer le dossier « %1 »</translation>
    </message>
    <message>
        <source>Move “%1” Up</source>
        <translation>Monter « %1 »</translation>
    </message>
    <message>
        <source>Move “%1” Down</source>
        <translation>Descendre « %1 »</translation>
    </message>
</context>
<context>
    <name>keyway::ui::RequestPane</name>
    <message>
        <source>Request as it will be sent</source>
        <translation>Requête telle qu&apos;elle sera envoyée</translation>
    </message>
    <message>
        <source>Exactly what will be sent:</source>
        <translation>Exactement ce qui sera envoyé :</translation>
    </message>
    <message>
        <source>%1 looks like a key for the other kind of environment (check sandbox vs production)</source>
        <translation>%1 ressemble à une clé de l&apos;autre type d&apos;environnement (vérifiez sandbox ou production)</translation>
    </message>
    <message>
        <source>Send to production?</source>
        <translation>Envoyer en production ?</translation>
    </message>
    <message>
        <source>%1 %2 will change live data in the production environment &apos;%3&apos;.</source>
        <translation>%1 %2 modifiera des données réelles dans l&apos;environnement de production &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Send to Production</source>
        <translation>Envoyer en production</translation>
    </message>
    <message>
        <source>choose an environment first</source>
        <translation>choisissez d&apos;abord un environnement</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Stop waiting for the response (Esc)</source>
        <translation>Ne plus attendre la réponse (Échap)</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Envoyer la requête (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Annuler la requête</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Envoyer la requête</translation>
    </message>
    <message>
        <source>Wire (!)</source>
        <translation>Fil (!)</translation>
    </message>
    <message>
        <source>Wire (%1)</source>
        <translation>Fil (%1)</translation>
    </message>
    <message>
        <source>The request cannot be built yet; the Wire tab says why</source>
        <translation>La requête ne peut pas encore être construite ; l’onglet « Fil » dit pourquoi</translation>
    </message>
    <message numerus="yes">
        <source>Exactly what will be sent: the request line and %n header(s)</source>
        <translation>
            <numerusform>Exactement ce qui sera envoyé : la ligne de requête et %n en-tête</numerusform>
            <numerusform>Exactement ce qui sera envoyé : la ligne de requête et %n en-têtes</numerusform>
        </translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle requête</translation>
    </message>
    <message>
        <source>Set %1…</source>
        <translation>Définir %1…</translation>
    </message>
    <message>
        <source>Store the missing key in the keychain</source>
        <translation>Enregistrer la clé manquante dans le trousseau</translation>
    </message>
    <message>
        <source>The environment&apos;s credentials are not sent to %1: it is not the environment&apos;s origin. Trust it in the environment&apos;s editor (Advanced) if it should get them.</source>
        <translation>Les identifiants de l’environnement ne sont pas envoyés à %1 : ce n’est pas son origine. Faites-lui confiance dans l’éditeur de l’environnement (Avancé) s’il doit les recevoir.</translation>
    </message>
    <message>
        <source>{{%1}} = %2, captured this session</source>
        <translation>{{%1}} = %2, capturé pendant cette session</translation>
    </message>
    <message>
        <source>{{%1}} = %2, captured from %3</source>
        <translation>{{%1}} = %2, capturé depuis %3</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ResponseHeadersModel</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ResponseView</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop waiting for this response (Esc)</source>
        <translation>Ne plus attendre cette réponse (Échap)</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Mis en forme</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>%1 · %2 s</source>
        <translation>%1 · %2 s</translation>
    </message>
    <message>
        <source>Image %1 × %2</source>
        <translation>Image %1 × %2</translation>
    </message>
    <message>
        <source>Binary content, %1. The first bytes:

%2</source>
        <translation>Contenu binaire, %1. Les premiers octets :

%2</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binaire</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Save Response Body</source>
        <translation>Enregistrer le corps de la réponse</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Press Send (Ctrl+Enter) and the response appears here.</source>
        <translation>Appuyez sur « Envoyer » (Ctrl+Entrée) et la réponse apparaît ici.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>%1 ms · %2</source>
        <translation>%1 ms · %2</translation>
    </message>
    <message numerus="yes">
        <source>after %n redirect(s)</source>
        <translation>
            <numerusform>après %n redirection</numerusform>
            <numerusform>après %n redirections</numerusform>
        </translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>Événements (%1)</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>arrêté : %1</translation>
    </message>
    <message>
        <source>Saving the body to %1…</source>
        <translation>Enregistrement du corps dans %1…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Réception…</translation>
    </message>
    <message>
        <source>There is no response body to save yet: send the request first.</source>
        <translation>Il n’y a pas encore de corps de réponse à enregistrer : envoyez d’abord la requête.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::RunResultsModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ réussi</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>keyway::ui::RunnerPage</name>
    <message>
        <source>Captured: %1</source>
        <translation>Capturé : %1</translation>
    </message>
    <message>
        <source>Stop at the first failure</source>
        <translation>S&apos;arrêter au premier échec</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Échecs seulement</translation>
    </message>
    <message>
        <source>Re-run Failed</source>
        <translation>Relancer les échecs</translation>
    </message>
    <message>
        <source>Save JSON Report…</source>
        <translation>Enregistrer le rapport JSON…</translation>
    </message>
    <message>
        <source>Save JUnit Report…</source>
        <translation>Enregistrer le rapport JUnit…</translation>
    </message>
    <message>
        <source>Run results</source>
        <translation>Résultats de l&apos;exécution</translation>
    </message>
    <message>
        <source>The selected request&apos;s checks</source>
        <translation>Les vérifications de la requête choisie</translation>
    </message>
    <message>
        <source>Select a row to see its checks: expected against actual.</source>
        <translation>Choisissez une ligne pour voir ses vérifications : attendu contre obtenu.</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Run: all requests</source>
        <translation>Exécution : toutes les requêtes</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Exécution : %1</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Itérations</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Delay between requests</source>
        <translation>Pause entre les requêtes</translation>
    </message>
    <message>
        <source>none: the iterations above</source>
        <translation>aucun : les itérations ci-dessus</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Fichier de données</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Data File (CSV with a header row, or JSON)</source>
        <translation>Fichier de données (CSV avec ligne d&apos;en-tête, ou JSON)</translation>
    </message>
    <message>
        <source>No Data File</source>
        <translation>Aucun fichier de données</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>&amp;Itérations :</translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation>&amp;Fichier de données :</translation>
    </message>
    <message>
        <source>De&amp;lay:</source>
        <translation>&amp;Pause :</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), one iteration each: %1</source>
        <translation>
            <numerusform>%n ligne, une itération chacune : %1</numerusform>
            <numerusform>%n lignes, une itération chacune : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an environment first.</source>
        <translation>Choisissez d&apos;abord un environnement.</translation>
    </message>
    <message>
        <source>There are no saved requests to run.</source>
        <translation>Il n&apos;y a aucune requête enregistrée à exécuter.</translation>
    </message>
    <message>
        <source>There are no saved requests in %1.</source>
        <translation>Il n&apos;y a aucune requête enregistrée dans %1.</translation>
    </message>
    <message>
        <source>The data file cannot be used: %1</source>
        <translation>Le fichier de données est inutilisable : %1</translation>
    </message>
    <message>
        <source>Run against production?</source>
        <translation>Exécuter sur la production ?</translation>
    </message>
    <message>
        <source>This run changes live data in the production environment &apos;%1&apos;.</source>
        <translation>Cette exécution modifie des données réelles dans l&apos;environnement de production « %1 ».</translation>
    </message>
    <message>
        <source>Run Against Production</source>
        <translation>Exécuter sur la production</translation>
    </message>
    <message>
        <source>Running against %1…</source>
        <translation>Exécution sur %1…</translation>
    </message>
    <message>
        <source> — stopped before the end</source>
        <translation> — arrêtée avant la fin</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop after cancelling the request on its way</source>
        <translation>Arrêter après avoir annulé la requête en cours</translation>
    </message>
    <message>
        <source>Run the requests against the active environment</source>
        <translation>Exécuter les requêtes sur l&apos;environnement actif</translation>
    </message>
    <message>
        <source>; %1 ms</source>
        <translation>; %1 ms</translation>
    </message>
    <message>
        <source>Save JSON Report</source>
        <translation>Enregistrer le rapport JSON</translation>
    </message>
    <message>
        <source>Save JUnit Report</source>
        <translation>Enregistrer le rapport JUnit</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>HTTP %1 in %2 ms, %n byte(s)</source>
        <translation>
            <numerusform>HTTP %1 en %2 ms, %n octet</numerusform>
            <numerusform>HTTP %1 en %2 ms, %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>keyway::ui::SearchBar</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Find in response body</source>
        <translation>Chercher dans le corps de la réponse</translation>
    </message>
    <message>
        <source>Find in body (Ctrl+F)</source>
        <translation>Chercher dans le corps (Ctrl+F)</translation>
    </message>
    <message>
        <source>Stop searching; the matches found so far stay</source>
        <translation>Arrêter la recherche ; les résultats trouvés restent</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>stopped, no matches</source>
        <translation>arrêté, aucun résultat</translation>
    </message>
    <message numerus="yes">
        <source>stopped, %n match(es) so far</source>
        <translation>
            <numerusform>arrêté, %n résultat jusqu’ici</numerusform>
            <numerusform>arrêté, %n résultats jusqu’ici</numerusform>
        </translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>recherche…</translation>
    </message>
    <message numerus="yes">
        <source>searching… %1% · %n match(es)</source>
        <translation>
            <numerusform>recherche… %1% · %n résultat</numerusform>
            <numerusform>recherche… %1% · %n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>%1 of the first %2 matches</source>
        <translation>%1 sur les %2 premiers résultats</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>keyway::ui::SettingsDialog</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> Kio</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>system settings</source>
        <translation>réglages du système</translation>
    </message>
    <message>
        <source>File of extra certificate authorities</source>
        <translation>Fichier d&apos;autorités de certification supplémentaires</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Certificate Authorities (PEM)</source>
        <translation>Autorités de certification (PEM)</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Délai des requêtes :</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy :</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation>Certificats d&apos;&amp;AC supplémentaires :</translation>
    </message>
    <message>
        <source>A PEM file, for APIs behind a company&apos;s own certificate authority. Certificate errors are never ignored.</source>
        <translation>Un fichier PEM, pour les API derrière l&apos;autorité de certification d&apos;une entreprise. Les erreurs de certificat ne sont jamais ignorées.</translation>
    </message>
    <message>
        <source>Clear copied &amp;secrets after:</source>
        <translation>Effacer les &amp;secrets copiés après :</translation>
    </message>
    <message>
        <source>Keep request and response &amp;bodies in the history up to:</source>
        <translation>Garder les &amp;corps des requêtes et réponses dans l&apos;historique jusqu&apos;à :</translation>
    </message>
    <message>
        <source>0 keeps no bodies. Secrets are masked in the history either way.</source>
        <translation>0 ne garde aucun corps. Les secrets sont masqués dans l&apos;historique dans tous les cas.</translation>
    </message>
    <message>
        <source>Remind me to &amp;rotate keys older than:</source>
        <translation>Rappeler de &amp;renouveler les clés plus anciennes que :</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Takes effect the next time Keyway starts.</source>
        <translation>Prend effet au prochain démarrage de Keyway.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
    <message>
        <source>Takes effect at once.</source>
        <translation>Prend effet immédiatement.</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s settings (http_proxy, no_proxy). &quot;none&quot;: connect directly. Or http://host:port, socks5://host:port; with user@ before the host when it asks for a password.</source>
        <translation>Vide : les réglages du système (http_proxy, no_proxy). « none » : connexion directe. Ou http://hôte:port, socks5://hôte:port ; avec utilisateur@ avant l’hôte s’il demande un mot de passe.</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>inchangé (gardé dans le trousseau)</translation>
    </message>
    <message>
        <source>only for a proxy URL with user@</source>
        <translation>seulement pour un proxy avec utilisateur@</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>&amp;Mot de passe du proxy :</translation>
    </message>
    <message>
        <source>no extra file</source>
        <translation>aucun fichier en plus</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Workspace tree</source>
        <translation>Arborescence de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Open the selected request</source>
        <translation>Ouvrir la requête sélectionnée</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Résultat suivant / précédent</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation>Entrée / Maj+Entrée</translation>
    </message>
    <message>
        <source>Keys window</source>
        <translation>Fenêtre des clés</translation>
    </message>
    <message>
        <source>Delete the selected key</source>
        <translation>Supprimer la clé sélectionnée</translation>
    </message>
    <message>
        <source>Copy the selected key (cleared after 30 s)</source>
        <translation>Copier la clé sélectionnée (effacée après 30 s)</translation>
    </message>
    <message>
        <source>Every editor</source>
        <translation>Tout éditeur</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>Annuler / rétablir</translation>
    </message>
    <message>
        <source>Move the request up / down in its folder&apos;s order</source>
        <translation>Monter / descendre la requête dans l&apos;ordre de son dossier</translation>
    </message>
    <message>
        <source>GraphQL query</source>
        <translation>Requête GraphQL</translation>
    </message>
    <message>
        <source>Offer completions here</source>
        <translation>Proposer des complétions ici</translation>
    </message>
    <message>
        <source>Completion list</source>
        <translation>Liste de complétion</translation>
    </message>
    <message>
        <source>Take the chosen word / close the list</source>
        <translation>Prendre le mot choisi / fermer la liste</translation>
    </message>
    <message>
        <source>Enter or Tab / Esc</source>
        <translation>Entrée ou Tab / Échap</translation>
    </message>
    <message>
        <source>Stop a search that is still running</source>
        <translation>Arrêter une recherche encore en cours</translation>
    </message>
    <message>
        <source>Esc (in Find)</source>
        <translation>Échap (dans Rechercher)</translation>
    </message>
</context>
<context>
    <name>keyway::ui::SignInDialog</name>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>Ce qu&apos;elle permet</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Sign In — %1</source>
        <translation>Connexion — %1</translation>
    </message>
    <message>
        <source>Scopes to ask for</source>
        <translation>Portées à demander</translation>
    </message>
    <message>
        <source>Scopes asked for and granted</source>
        <translation>Portées demandées et accordées</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>&lt;p&gt;Keyway opens the sign-in page of &lt;b&gt;%1&lt;/b&gt; in your own browser. You sign in and approve there; Keyway never sees your password.&lt;/p&gt;&lt;p&gt;The browser then hands a one-time code to Keyway on 127.0.0.1 (this computer only), and Keyway exchanges it for tokens that are kept in the system keychain.&lt;/p&gt;&lt;p&gt;Ask for these permissions:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keyway ouvre la page de connexion de &lt;b&gt;%1&lt;/b&gt; dans votre propre navigateur. Vous vous y connectez et donnez votre accord ; Keyway ne voit jamais votre mot de passe.&lt;/p&gt;&lt;p&gt;Le navigateur remet ensuite un code à usage unique à Keyway sur 127.0.0.1 (cet ordinateur seulement), que Keyway échange contre des jetons conservés dans le trousseau du système.&lt;/p&gt;&lt;p&gt;Demander ces autorisations :&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open Browser and Sign In</source>
        <translation>&amp;Ouvrir le navigateur et se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waiting for your browser…&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;En attente de votre navigateur…&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Copy &amp;Address</source>
        <translation>Copier l&apos;&amp;adresse</translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-In</source>
        <translation>A&amp;nnuler la connexion</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>(the provider does not describe it)</source>
        <translation>(le fournisseur ne la décrit pas)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Signed in to %1.&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Connecté à %1.&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sign-in cancelled.&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Connexion annulée.&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Not signed in.&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Non connecté.&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accordée</translation>
    </message>
    <message>
        <source>not granted</source>
        <translation>non accordée</translation>
    </message>
    <message>
        <source>Asking the provider who signed in…</source>
        <translation>Le fournisseur est interrogé sur l&apos;identité connectée…</translation>
    </message>
    <message>
        <source>The provider does not say who signed in.</source>
        <translation>Le fournisseur n&apos;indique pas qui s&apos;est connecté.</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>En attente depuis %1</translation>
    </message>
    <message>
        <source>The access token expires in %1 (at %2); Keyway renews it when it can.</source>
        <translation>Le jeton d&apos;accès expire dans %1 (à %2) ; Keyway le renouvelle dès que possible.</translation>
    </message>
    <message>
        <source>Sign in and approve in your browser. If no browser window opened, copy this address into your browser:</source>
        <translation>Connectez-vous et donnez votre accord dans votre navigateur. Si aucune fenêtre ne s’est ouverte, copiez cette adresse dans votre navigateur :</translation>
    </message>
    <message>
        <source>No browser window opened — %1:</source>
        <translation>Aucune fenêtre de navigateur ouverte — %1 :</translation>
    </message>
</context>
<context>
    <name>keyway::ui::SnippetDialog</name>
    <message>
        <source>Put the &amp;secrets in the code (not recommended)</source>
        <translation>Mettre les &amp;secrets dans le code (déconseillé)</translation>
    </message>
    <message>
        <source>Generate Code</source>
        <translation>Générer du code</translation>
    </message>
    <message>
        <source>Generated code</source>
        <translation>Code généré</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Cannot generate the code: %1</source>
        <translation>Impossible de générer le code : %1</translation>
    </message>
    <message>
        <source>This code contains secrets in clear. Copying it clears the clipboard after 30 s.</source>
        <translation>Ce code contient des secrets en clair. Après copie, le presse-papiers est vidé au bout de 30 s.</translation>
    </message>
    <message>
        <source>Set %1 before running it; the values are in your keychain (Keys → Manage Keys).</source>
        <translation>Définissez %1 avant de l&apos;exécuter ; les valeurs sont dans votre trousseau (Clés → Gérer les clés).</translation>
    </message>
</context>
<context>
    <name>keyway::ui::TemplateLineEdit</name>
    <message>
        <source>Not defined in this environment: %1</source>
        <translation>Non défini dans cet environnement : %1</translation>
    </message>
</context>
<context>
    <name>keyway::ui::TimelineView</name>
    <message>
        <source>Timeline of the exchange</source>
        <translation>Chronologie de l’échange</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Location : %1</translation>
    </message>
    <message>
        <source>Another origin: not sent there: %1 (credentials never follow a redirect to another origin)</source>
        <translation>Autre origine : non envoyé là-bas : %1 (les identifiants ne suivent jamais une redirection vers une autre origine)</translation>
    </message>
    <message>
        <source>Not in the new address: %1</source>
        <translation>Absent de la nouvelle adresse : %1</translation>
    </message>
    <message>
        <source>Becomes a GET without a body (what %1 asks of a redirected request)</source>
        <translation>Devient un GET sans corps (ce que %1 demande d’une requête redirigée)</translation>
    </message>
    <message>
        <source>%1. %2 %3 → %4</source>
        <translation>%1. %2 %3 → %4</translation>
    </message>
    <message>
        <source>%1 %2 → %3 %4 in %5 ms</source>
        <translation>%1 %2 → %3 %4 en %5 ms</translation>
    </message>
    <message numerus="yes">
        <source>Finally: %1 %2 → %3 %4 (%n redirect(s), %5 ms in all)</source>
        <translation>
            <numerusform>Finalement : %1 %2 → %3 %4 (%n redirection, %5 ms en tout)</numerusform>
            <numerusform>Finalement : %1 %2 → %3 %4 (%n redirections, %5 ms en tout)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>%1 %2 → no response: %3</source>
        <translation>%1 %2 → pas de réponse : %3</translation>
    </message>
</context>
<context>
    <name>keyway::ui::WorkspacePanel</name>
    <message>
        <source>Filter environments and requests</source>
        <translation>Filtrer les environnements et requêtes</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>This workspace could not be opened:

%1</source>
        <translation>Cet espace de travail n&apos;a pas pu être ouvert :

%1</translation>
    </message>
    <message>
        <source>Environment %1 was skipped: %2</source>
        <translation>L’environnement %1 a été ignoré : %2</translation>
    </message>
</context>
<context>
    <name>keyway::ui::WorkspaceTransfer</name>
    <message>
        <source>Copy as cURL</source>
        <translation>Copier en cURL</translation>
    </message>
    <message>
        <source>Copied as cURL; secrets are environment variables such as $KEYWAY_API_KEY.</source>
        <translation>Copié en cURL ; les secrets sont des variables d&apos;environnement comme $KEYWAY_API_KEY.</translation>
    </message>
    <message>
        <source>Paste cURL Command</source>
        <translation>Coller une commande cURL</translation>
    </message>
    <message>
        <source>The clipboard does not hold a usable cURL command: %1</source>
        <translation>Le presse-papiers ne contient pas de commande cURL utilisable : %1</translation>
    </message>
    <message>
        <source>The command carries a key in %1. Move it into the keychain of %2? The request then uses {{secret.%3}} and can be saved; otherwise the key stays in this unsaved request only.</source>
        <translation>La commande contient une clé dans %1. La déplacer dans le trousseau de %2 ? La requête utilise alors {{secret.%3}} et peut être enregistrée ; sinon la clé reste seulement dans cette requête non enregistrée.</translation>
    </message>
    <message>
        <source>Move to Keychain</source>
        <translation>Déplacer dans le trousseau</translation>
    </message>
    <message>
        <source>Imported. These options were not understood and were left out: %1</source>
        <translation>Importé. Ces options n&apos;ont pas été comprises et ont été laissées de côté : %1</translation>
    </message>
    <message>
        <source>Export Environment</source>
        <translation>Exporter l&apos;environnement</translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation>Exporter l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Choose the environment to export in the toolbar first.</source>
        <translation>Choisissez d&apos;abord dans la barre d&apos;outils l&apos;environnement à exporter.</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <source>Exported to %1 — secret names only; the values stay in your keychain.</source>
        <translation>Exporté vers %1 — seulement les noms des secrets ; les valeurs restent dans votre trousseau.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Open a workspace to import into first.</source>
        <translation>Ouvrez d&apos;abord un espace de travail où importer.</translation>
    </message>
    <message>
        <source>Value of %1 for %2 (leave empty to add it later under Keys → Manage Keys):</source>
        <translation>Valeur de %1 pour %2 (laissez vide pour l&apos;ajouter plus tard dans Clés → Gérer les clés) :</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n environment(s)</source>
        <translation>
            <numerusform>%n environnement importé</numerusform>
            <numerusform>%n environnements importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n request(s).</source>
        <translation>
            <numerusform> et %n requête.</numerusform>
            <numerusform> et %n requêtes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) found in the file are now in the keychain; the file still holds them, so delete it if you no longer need it.</source>
        <translation>
            <numerusform>%n clé trouvée dans le fichier est maintenant dans le trousseau ; le fichier la contient encore, supprimez-le si vous n&apos;en avez plus besoin.</numerusform>
            <numerusform>%n clés trouvées dans le fichier sont maintenant dans le trousseau ; le fichier les contient encore, supprimez-le si vous n&apos;en avez plus besoin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed because the name was taken: %1</source>
        <translation>Renommé car le nom était pris : %1</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Laissé de côté :</translation>
    </message>
    <message>
        <source>%1 was created, but its keys were not stored: %2</source>
        <translation>%1 a été créé, mais ses clés n&apos;ont pas été enregistrées : %2</translation>
    </message>
</context>
<context>
    <name>keyway::ui::WorkspaceTreeActions</name>
    <message>
        <source>&amp;Edit Environment</source>
        <translation>&amp;Modifier l’environnement</translation>
    </message>
    <message>
        <source>&amp;Delete Environment…</source>
        <translation>&amp;Supprimer l’environnement…</translation>
    </message>
    <message>
        <source>&amp;Open in New Tab</source>
        <translation>&amp;Ouvrir dans un nouvel onglet</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>&amp;Renommer le dossier…</translation>
    </message>
    <message>
        <source>R&amp;un…</source>
        <translation>E&amp;xécuter…</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Desce&amp;ndre</translation>
    </message>
</context>
<context>
    <name>keyway::ui::WorkspaceTreeModel</name>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keyway: API explorer and key manager.</source>
        <translation>Keyway : explorateur d&apos;API et gestionnaire de clés.</translation>
    </message>
    <message>
        <source>Open the workspace in DIR.</source>
        <translation>Ouvrir l&apos;espace de travail dans DIR.</translation>
    </message>
    <message>
        <source>Try the local sandbox: a demo API and OAuth server inside Keyway.</source>
        <translation>Essayer la sandbox locale : une API de démonstration et un serveur OAuth dans Keyway.</translation>
    </message>
    <message>
        <source>Welcome to Keyway</source>
        <translation>Bienvenue dans Keyway</translation>
    </message>
    <message>
        <source>Try the local sandbox? Keyway starts a demo API inside the app, with sample requests, a demo key in your keychain and an OAuth sign-in you can approve in your browser. Nothing leaves this machine.</source>
        <translation>Essayer la sandbox locale ? Keyway démarre une API de démonstration dans l&apos;application, avec des requêtes d&apos;exemple, une clé de démonstration dans votre trousseau et une connexion OAuth à approuver dans votre navigateur. Rien ne quitte cette machine.</translation>
    </message>
    <message>
        <source>Try the Local Sandbox</source>
        <translation>Essayer la sandbox locale</translation>
    </message>
</context>
</TS>
