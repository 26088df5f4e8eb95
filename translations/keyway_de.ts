<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnyImport</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3)</source>
        <translation>%1 ist kein gültiges JSON (bei Byte %2: %3)</translation>
    </message>
    <message>
        <source>%1 is neither a Keyway export, a Postman collection (v2.1) nor an OpenAPI 3 document</source>
        <translation>%1 ist weder ein Keyway-Export noch eine Postman-Collection (v2.1) noch ein OpenAPI-3-Dokument</translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>BodyStore</name>
    <message>
        <source>cannot create %1 for the response body</source>
        <translation>%1 für den Antworttext kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the response body (%1) is larger than the free space in %2 (%3); free some space or save the body with keyway-cli send -o FILE to a disk that has it</source>
        <translation>der Antworttext (%1) ist größer als der freie Platz in %2 (%3); schaffen Sie Platz oder speichern Sie ihn mit keyway-cli send -o DATEI auf einem Datenträger, der ihn fasst</translation>
    </message>
    <message>
        <source>cannot create a file for the response body in %1: %2</source>
        <translation>in %1 kann keine Datei für den Antworttext angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot keep the response body in %1: %2 (is the disk full?)</source>
        <translation>der Antworttext kann nicht in %1 abgelegt werden: %2 (ist der Datenträger voll?)</translation>
    </message>
</context>
<context>
    <name>BruDocument</name>
    <message>
        <source>line %1: expected a block such as &quot;meta {&quot;, found &quot;%2&quot;</source>
        <translation>Zeile %1: ein Block wie „meta {“ erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>line %1: the block &quot;%2&quot; is never closed with &quot;%3&quot;</source>
        <translation>Zeile %1: der Block „%2“ wird nie mit „%3“ geschlossen</translation>
    </message>
</context>
<context>
    <name>BrunoImport</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MB</source>
        <translation>%1 ist größer als 1 MB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>environment %1: variable &apos;%2&apos;: %3</source>
        <translation>Umgebung %1: Variable „%2“: %3</translation>
    </message>
    <message>
        <source>more than %1 request files: the rest are left out</source>
        <translation>mehr als %1 Anfragedateien: der Rest bleibt weg</translation>
    </message>
    <message>
        <source>%1: no HTTP method block (get, post, …); left out</source>
        <translation>%1: kein HTTP-Methodenblock (get, post, …); weggelassen</translation>
    </message>
    <message>
        <source>%1: the %2 block is JavaScript, not imported</source>
        <translation>%1: der Block %2 ist JavaScript, nicht importiert</translation>
    </message>
    <message>
        <source>%1: the %2 body is missing</source>
        <translation>%1: der %2-Inhalt fehlt</translation>
    </message>
    <message>
        <source>%1: a %2 body is not imported</source>
        <translation>%1: ein %2-Inhalt wird nicht importiert</translation>
    </message>
    <message>
        <source>%1: %2 auth is not imported (set it on the environment)</source>
        <translation>%1: %2-Authentifizierung wird nicht importiert (an der Umgebung einstellen)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n assert or variable line(s) not imported: %2</source>
        <translation>
            <numerusform>%1: %n assert- oder Variablenzeile nicht importiert: %2</numerusform>
            <numerusform>%1: %n assert- oder Variablenzeilen nicht importiert: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a Bruno collection: it has no bruno.json</source>
        <translation>%1 ist keine Bruno-Sammlung: es fehlt bruno.json</translation>
    </message>
    <message>
        <source>environment %1: the value of %2 is not imported; set it in the environment&apos;s editor</source>
        <translation>Umgebung %1: der Wert von %2 wird nicht importiert; setzen Sie ihn im Editor der Umgebung</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>capture &quot;%1&quot;: %2</source>
        <translation>Übernahme „%1“: %2</translation>
    </message>
    <message>
        <source>write it as NAME = SOURCE, e.g. invoiceId = $.data.id</source>
        <translation>schreiben Sie NAME = QUELLE, z. B. invoiceId = $.data.id</translation>
    </message>
    <message>
        <source>name one header: location = header Location</source>
        <translation>nennen Sie einen Header: location = header Location</translation>
    </message>
    <message>
        <source>the regular expression is not valid at character %1: %2</source>
        <translation>der reguläre Ausdruck ist bei Zeichen %1 ungültig: %2</translation>
    </message>
    <message>
        <source>the source is status, header NAME, a JSON path ($.…) or regex PATTERN, not &quot;%1&quot;</source>
        <translation>die Quelle ist status, header NAME, ein JSON-Pfad ($.…) oder regex MUSTER, nicht „%1“</translation>
    </message>
    <message>
        <source>capture %1: %2</source>
        <translation>Übernahme %1: %2</translation>
    </message>
    <message>
        <source>the response has no header %1</source>
        <translation>die Antwort hat keinen Header %1</translation>
    </message>
    <message>
        <source>the body was not kept in memory</source>
        <translation>der Inhalt wurde nicht im Speicher behalten</translation>
    </message>
    <message>
        <source>the body does not match %1</source>
        <translation>der Inhalt passt nicht zu %1</translation>
    </message>
    <message>
        <source>no value at %1</source>
        <translation>kein Wert bei %1</translation>
    </message>
</context>
<context>
    <name>CapturedVariables</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>check &quot;%1&quot;: %2</source>
        <translation>Prüfung „%1“: %2</translation>
    </message>
    <message>
        <source>name the header: header Content-Type contains json</source>
        <translation>nennen Sie den Header: header Content-Type contains json</translation>
    </message>
    <message>
        <source>it starts with status, header NAME, a JSON path ($.…), body, time or no-error, not &quot;%1&quot;</source>
        <translation>sie beginnt mit status, header NAME, einem JSON-Pfad ($.…), body, time oder no-error, nicht „%1“</translation>
    </message>
    <message>
        <source>a comparison is missing (==, !=, &lt;, &lt;=, &gt;, &gt;=, contains, matches, exists, absent, type, in)</source>
        <translation>ein Vergleich fehlt (==, !=, &lt;, &lt;=, &gt;, &gt;=, contains, matches, exists, absent, type, in)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no comparison (use ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains, matches, exists, absent, type, in)</source>
        <translation>„%1“ ist kein Vergleich (verwenden Sie ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains, matches, exists, absent, type, in)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply here</source>
        <translation>„%1“ passt hier nicht</translation>
    </message>
    <message>
        <source>nothing follows &quot;%1&quot;</source>
        <translation>nach „%1“ folgt nichts</translation>
    </message>
    <message>
        <source>a value must follow &quot;%1&quot;</source>
        <translation>nach „%1“ muss ein Wert folgen</translation>
    </message>
    <message>
        <source>the regular expression is not valid at character %1: %2</source>
        <translation>der reguläre Ausdruck ist bei Zeichen %1 ungültig: %2</translation>
    </message>
    <message>
        <source>the type is one of %1</source>
        <translation>der Typ ist einer von %1</translation>
    </message>
    <message>
        <source>&quot;in&quot; takes a list: in 200, 201 (or a class for the status: in 2xx)</source>
        <translation>„in“ nimmt eine Liste: in 200, 201 (oder für den Status eine Klasse: in 2xx)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; compares numbers; %2 is not one</source>
        <translation>„%1“ vergleicht Zahlen; %2 ist keine</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>ClientCertificateCheck</name>
    <message>
        <source>cannot find %1: %2</source>
        <translation>%1 nicht gefunden: %2</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>keine Verbindung zu %1:%2: %3</translation>
    </message>
    <message>
        <source>the certificate and key do not belong together (%1)</source>
        <translation>Zertifikat und Schlüssel gehören nicht zusammen (%1)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>%1 asked for a client certificate and accepted this one</source>
        <translation>%1 hat ein Client-Zertifikat verlangt und dieses angenommen</translation>
    </message>
    <message>
        <source>%1 did not ask for a client certificate: this address does not use mutual TLS, so the certificate is never sent. Check the origin; many APIs serve mutual TLS on a host of its own</source>
        <translation>%1 hat kein Client-Zertifikat verlangt: Diese Adresse nutzt kein gegenseitiges TLS, das Zertifikat wird also nie gesendet. Prüfen Sie den Ursprung; viele APIs bieten gegenseitiges TLS auf einem eigenen Host an</translation>
    </message>
    <message>
        <source>%1 asked for a client certificate and refused this one (%2): it wants one issued by a CA it trusts</source>
        <translation>%1 hat ein Client-Zertifikat verlangt und dieses abgelehnt (%2): Es muss von einer Zertifizierungsstelle stammen, der der Server vertraut</translation>
    </message>
    <message>
        <source>%1&apos;s own certificate is not trusted (%2), so nothing was offered; add its issuer as the CA file in Settings</source>
        <translation>Dem eigenen Zertifikat von %1 wird nicht vertraut (%2), daher wurde nichts angeboten; fügen Sie seinen Aussteller als CA-Datei in den Einstellungen hinzu</translation>
    </message>
    <message>
        <source>the client certificate for %1 cannot be used: %2</source>
        <translation>das Client-Zertifikat für %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>no TLS connection to %1: %2</source>
        <translation>keine TLS-Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>client certificates are offered only over HTTPS</source>
        <translation>Client-Zertifikate werden nur über HTTPS angeboten</translation>
    </message>
</context>
<context>
    <name>ClientIdentity</name>
    <message>
        <source>cannot read the %1 %2: %3</source>
        <translation>%1 %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>das Client-Zertifikat</translation>
    </message>
    <message>
        <source>the PKCS#12 file %1 could not be opened: a wrong passphrase, or not a PKCS#12 bundle</source>
        <translation>die PKCS#12-Datei %1 konnte nicht geöffnet werden: eine falsche Passphrase oder kein PKCS#12-Bündel</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>den Client-Schlüssel</translation>
    </message>
    <message>
        <source>the client key %1 could not be read: %2</source>
        <translation>der Client-Schlüssel %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the passphrase is wrong or missing</source>
        <translation>die Passphrase ist falsch oder fehlt</translation>
    </message>
    <message>
        <source>it is not a PEM private key</source>
        <translation>es ist kein privater PEM-Schlüssel</translation>
    </message>
    <message>
        <source>the client certificate for %1 expired on %2; renew it</source>
        <translation>das Client-Zertifikat für %1 ist am %2 abgelaufen; erneuern Sie es</translation>
    </message>
    <message>
        <source>the client certificate for %1 is valid only from %2</source>
        <translation>das Client-Zertifikat für %1 gilt erst ab %2</translation>
    </message>
</context>
<context>
    <name>ContentDecoder</name>
    <message>
        <source>cannot start decompression</source>
        <translation>Entpacken kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>the compressed body is damaged</source>
        <translation>der komprimierte Body ist beschädigt</translation>
    </message>
    <message>
        <source>the body expands to more than %1 MiB; refused</source>
        <translation>der Body wird entpackt größer als %1 MiB; abgelehnt</translation>
    </message>
    <message>
        <source>the server used Content-Encoding &apos;%1&apos;, which Keyway did not ask for</source>
        <translation>der Server verwendete Content-Encoding &apos;%1&apos;, das Keyway nicht angefordert hat</translation>
    </message>
</context>
<context>
    <name>CurlImport</name>
    <message>
        <source>this is not a cURL command: it should start with &quot;curl&quot;</source>
        <translation>das ist kein cURL-Befehl: er sollte mit &quot;curl&quot; beginnen</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>the command has no URL</source>
        <translation>der Befehl enthält keine URL</translation>
    </message>
</context>
<context>
    <name>DynamicValue</name>
    <message>
        <source>&apos;{{%1}}&apos; is not a value Keyway computes; use $timestamp, $timestamp+SECONDS, $timestamp-SECONDS, $isoTimestamp, $uuid or $randomInt</source>
        <translation>„{{%1}}“ ist kein Wert, den Keyway berechnet; verwenden Sie $timestamp, $timestamp+SEKUNDEN, $timestamp-SEKUNDEN, $isoTimestamp, $uuid oder $randomInt</translation>
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
        <translation>Fehler</translation>
    </message>
    <message numerus="yes">
        <source>  (%n error(s) in this response; the first is shown)</source>
        <translation>
            <numerusform>  (%n Fehler in dieser Antwort; der erste wird gezeigt)</numerusform>
            <numerusform>  (%n Fehler in dieser Antwort; der erste wird gezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>  Hint: %1</source>
        <translation>  Hinweis: %1</translation>
    </message>
    <message>
        <source>  Request ID: %1</source>
        <translation>  Anfrage-ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>  Retry after: %n second(s)</source>
        <translation>
            <numerusform>  Erneut versuchen nach: %n Sekunde</numerusform>
            <numerusform>  Erneut versuchen nach: %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
</context>
<context>
    <name>EventStreamParser</name>
    <message>
        <source>an event of the stream is larger than %1 MB</source>
        <translation>ein Ereignis des Datenstroms ist größer als %1 MB</translation>
    </message>
</context>
<context>
    <name>FileBodySink</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>FinalRequestBuilder</name>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid http(s) URL</source>
        <translation>&apos;%1&apos; ist keine gültige http(s)-URL</translation>
    </message>
    <message>
        <source>the URL must not contain a user name or password; use Basic authentication with secrets instead</source>
        <translation>die URL darf keinen Benutzernamen und kein Passwort enthalten; verwenden Sie stattdessen Basic-Authentifizierung mit Secrets</translation>
    </message>
    <message>
        <source>the value of header &apos;%1&apos; contains a line break</source>
        <translation>der Wert des Headers &apos;%1&apos; enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>no access token: sign in first</source>
        <translation>kein Access-Token: melden Sie sich zuerst an</translation>
    </message>
    <message>
        <source>the value of header &apos;%1&apos; contains a control character (U+%2), which HTTP does not allow there</source>
        <translation>der Wert des Headers „%1“ enthält ein Steuerzeichen (U+%2), das HTTP dort nicht erlaubt</translation>
    </message>
    <message>
        <source>the request would carry the signed JWT to %1, which is not the origin of environment &apos;%2&apos;; add it to the environment&apos;s trusted origins if it should get the token</source>
        <translation>die Anfrage würde das signierte JWT an %1 senden, das nicht der Ursprung der Umgebung &apos;%2&apos; ist; nehmen Sie es in die vertrauenswürdigen Ursprünge der Umgebung auf, wenn es das Token erhalten soll</translation>
    </message>
    <message>
        <source>cannot read the body file %1</source>
        <translation>die Body-Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the content type of part &apos;%1&apos; contains a control character</source>
        <translation>der Inhaltstyp des Teils &apos;%1&apos; enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>cannot read the file %1 of part &apos;%2&apos;</source>
        <translation>die Datei %1 des Teils &apos;%2&apos; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the GraphQL document has no operation &apos;%1&apos; (it has: %2)</source>
        <translation>das GraphQL-Dokument hat keine Operation &apos;%1&apos; (es hat: %2)</translation>
    </message>
    <message>
        <source>the GraphQL document has %1 operations (%2); choose the one to run</source>
        <translation>das GraphQL-Dokument hat %1 Operationen (%2); wählen Sie die auszuführende</translation>
    </message>
    <message>
        <source>the GraphQL variables are not a JSON object (%1 at character %2)</source>
        <translation>die GraphQL-Variablen sind kein JSON-Objekt (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
</context>
<context>
    <name>GraphQlDocument</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at %2 closes nothing</source>
        <translation>&apos;%1&apos; in %2 schließt nichts</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at %2 does not close the &apos;%3&apos; at %4</source>
        <translation>&apos;%1&apos; in %2 schließt nicht das &apos;%3&apos; in %4</translation>
    </message>
    <message>
        <source>the string at %1 is never closed</source>
        <translation>die Zeichenkette in %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at %2 is never closed</source>
        <translation>&apos;%1&apos; in %2 wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>GraphQlSchema</name>
    <message>
        <source>the answer holds no GraphQL schema (data.__schema)</source>
        <translation>die Antwort enthält kein GraphQL-Schema (data.__schema)</translation>
    </message>
    <message>
        <source>the server refused to describe its schema: %1</source>
        <translation>der Server verweigert die Beschreibung seines Schemas: %1</translation>
    </message>
    <message>
        <source>the schema names no query type it describes</source>
        <translation>das Schema nennt keinen Abfragetyp, den es beschreibt</translation>
    </message>
</context>
<context>
    <name>GraphQlSchemaCache</name>
    <message>
        <source>the schema could not be cached in %1: %2</source>
        <translation>das Schema konnte nicht in %1 zwischengespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The history database %1 was damaged; it was moved to %2 and a new one was started.</source>
        <translation>Die Verlaufsdatenbank %1 war beschädigt; sie wurde nach %2 verschoben und eine neue angelegt.</translation>
    </message>
    <message>
        <source>cannot open history %1: %2</source>
        <translation>Verlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>history %1 failed its integrity check</source>
        <translation>Verlauf %1 hat die Integritätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>history %1 has an unexpected layout: %2</source>
        <translation>Verlauf %1 hat einen unerwarteten Aufbau: %2</translation>
    </message>
    <message>
        <source>history is not open</source>
        <translation>der Verlauf ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot write history: %1</source>
        <translation>Verlauf kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot clear history: %1</source>
        <translation>Verlauf kann nicht geleert werden: %1</translation>
    </message>
    <message>
        <source>cannot update the history: %1</source>
        <translation>Der Verlauf kann nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>%1: field &quot;%2&quot; %3 (the file was left unchanged)</source>
        <translation>%1: Feld &quot;%2&quot; %3 (die Datei wurde nicht verändert)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an object of strings</source>
        <translation>ein Objekt aus Zeichenketten</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; %2</source>
        <translation>Feld &quot;%1&quot; %2</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>%1: missing or invalid &quot;schemaVersion&quot; (expected a whole number)</source>
        <translation>%1: &quot;schemaVersion&quot; fehlt oder ist ungültig (erwartet wird eine ganze Zahl)</translation>
    </message>
    <message>
        <source>%1 was written by a newer Keyway (schema version %2; this version reads up to %3). The file was left unchanged; update Keyway to use it.</source>
        <translation>%1 wurde von einem neueren Keyway geschrieben (Schemaversion %2; diese Version liest bis %3). Die Datei wurde nicht verändert; aktualisieren Sie Keyway, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3 (the file was left unchanged)</source>
        <translation>%1:%2: %3 (die Datei wurde nicht verändert)</translation>
    </message>
    <message>
        <source>%1: expected a JSON object at the top level</source>
        <translation>%1: auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>JSON path %1, at character %2: %3</source>
        <translation>JSON-Pfad %1, bei Zeichen %2: %3</translation>
    </message>
    <message>
        <source>a path starts with $</source>
        <translation>ein Pfad beginnt mit $</translation>
    </message>
    <message>
        <source>a name must follow the dot (use [&quot;…&quot;] for other characters)</source>
        <translation>nach dem Punkt muss ein Name folgen (für andere Zeichen [&quot;…&quot;] verwenden)</translation>
    </message>
    <message>
        <source>the [ is not closed</source>
        <translation>die [ wird nicht geschlossen</translation>
    </message>
    <message>
        <source>inside [ ] goes an index or a name in double quotes, not %1</source>
        <translation>in [ ] gehört ein Index oder ein Name in doppelten Anführungszeichen, nicht %1</translation>
    </message>
    <message>
        <source>expected . or [ but found &apos;%1&apos;</source>
        <translation>. oder [ erwartet, aber „%1“ gefunden</translation>
    </message>
    <message>
        <source>the body is not JSON (%1 at byte %2)</source>
        <translation>der Inhalt ist kein JSON (%1 bei Byte %2)</translation>
    </message>
</context>
<context>
    <name>JwtSigner</name>
    <message>
        <source>the signing key is not a PEM private key</source>
        <translation>der Signaturschlüssel ist kein privater PEM-Schlüssel</translation>
    </message>
    <message>
        <source>OpenSSL could not sign with this key</source>
        <translation>OpenSSL konnte mit diesem Schlüssel nicht signieren</translation>
    </message>
    <message>
        <source>ES256 needs a P-256 key</source>
        <translation>ES256 braucht einen P-256-Schlüssel</translation>
    </message>
    <message>
        <source>there is no key to sign the token with</source>
        <translation>es gibt keinen Schlüssel, mit dem das Token signiert werden könnte</translation>
    </message>
    <message>
        <source>RS256 needs an RSA private key</source>
        <translation>RS256 braucht einen privaten RSA-Schlüssel</translation>
    </message>
    <message>
        <source>ES256 needs an EC (P-256) private key</source>
        <translation>ES256 braucht einen privaten EC-Schlüssel (P-256)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>Secret Service (system keychain)</source>
        <translation>Secret Service (System-Schlüsselbund)</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s); it may be waiting for an unlock prompt</source>
        <translation>
            <numerusform>der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; vielleicht wartet er auf eine Entsperr-Abfrage</numerusform>
            <numerusform>der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; vielleicht wartet er auf eine Entsperr-Abfrage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory (tests only)</source>
        <translation>Arbeitsspeicher (nur für Tests)</translation>
    </message>
</context>
<context>
    <name>ModelJson</name>
    <message>
        <source>is &apos;%1&apos; but the file is named &apos;%2.json&apos;; rename one to match</source>
        <translation>ist &apos;%1&apos;, aber die Datei heißt &apos;%2.json&apos;; benennen Sie eines davon passend um</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is required for this kind of authentication</source>
        <translation>ist für diese Art der Authentifizierung erforderlich</translation>
    </message>
    <message>
        <source>must be &quot;form&quot; or &quot;json&quot;</source>
        <translation>muss &quot;form&quot; oder &quot;json&quot; sein</translation>
    </message>
    <message>
        <source>must be &quot;basic&quot; or &quot;body&quot;</source>
        <translation>muss &quot;basic&quot; oder &quot;body&quot; sein</translation>
    </message>
    <message>
        <source>must be &quot;sandbox&quot; or &quot;production&quot;, not &quot;%1&quot;</source>
        <translation>muss &quot;sandbox&quot; oder &quot;production&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>names &apos;%1&apos;, which is not in the list of IDs</source>
        <translation>nennt &apos;%1&apos;, das nicht in der Liste der IDs steht</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>must be HS256, HS384, HS512, RS256 or ES256, not &quot;%1&quot;</source>
        <translation>muss HS256, HS384, HS512, RS256 oder ES256 sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>claim &apos;%1&apos; is given twice</source>
        <translation>der Claim &apos;%1&apos; ist doppelt angegeben</translation>
    </message>
    <message>
        <source>must be none, static, oauth2, client-credentials, token-exchange or signed-jwt, not &quot;%1&quot;</source>
        <translation>muss none, static, oauth2, client-credentials, token-exchange oder signed-jwt sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a part is a file or a value, not both</source>
        <translation>ein Teil ist eine Datei oder ein Wert, nicht beides</translation>
    </message>
    <message>
        <source>must not contain a line break</source>
        <translation>darf keinen Zeilenumbruch enthalten</translation>
    </message>
    <message>
        <source>must be &quot;raw&quot;, &quot;form&quot;, &quot;file&quot;, &quot;multipart&quot; or &quot;graphql&quot;</source>
        <translation>muss &quot;raw&quot;, &quot;form&quot;, &quot;file&quot;, &quot;multipart&quot; oder &quot;graphql&quot; sein</translation>
    </message>
    <message>
        <source>has a line that does not read: %1</source>
        <translation>hat eine Zeile, die sich nicht lesen lässt: %1</translation>
    </message>
</context>
<context>
    <name>MultipartBody</name>
    <message>
        <source>it changed since the request was built</source>
        <translation>sie hat sich seit dem Aufbau der Anfrage geändert</translation>
    </message>
    <message>
        <source>cannot read the file of part &apos;%1&apos; (%2): %3</source>
        <translation>die Datei des Teils &apos;%1&apos; (%2) kann nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>%1 name is empty</source>
        <translation>Der Name (%1) ist leer</translation>
    </message>
    <message>
        <source>%1 name &apos;%2&apos; is longer than %3 characters</source>
        <translation>Der Name (%1) &apos;%2&apos; ist länger als %3 Zeichen</translation>
    </message>
    <message>
        <source>%1 name &apos;%2&apos; may use only letters, digits, space, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, and must start with a letter or digit</source>
        <translation>Der Name (%1) &apos;%2&apos; darf nur Buchstaben, Ziffern, Leerzeichen, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>variable name &apos;%1&apos; is built in: it comes from the environment&apos;s %2</source>
        <translation>der Variablenname &apos;%1&apos; ist eingebaut: er kommt aus der Umgebung (%2)</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>selected company ID</source>
        <translation>ausgewählte Firmen-ID</translation>
    </message>
    <message>
        <source>variable name &apos;%1&apos; must start with a letter or &apos;_&apos; and use only letters, digits, &apos;_&apos; and &apos;-&apos; (at most %2 characters)</source>
        <translation>der Variablenname &apos;%1&apos; muss mit einem Buchstaben oder &apos;_&apos; beginnen und darf nur Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; enthalten (höchstens %2 Zeichen)</translation>
    </message>
    <message>
        <source>secret name &apos;%1&apos; must start with a letter or &apos;_&apos; and use only letters, digits, &apos;_&apos; and &apos;-&apos; (at most %2 characters)</source>
        <translation>der Secret-Name &apos;%1&apos; muss mit einem Buchstaben oder &apos;_&apos; beginnen und darf nur Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; enthalten (höchstens %2 Zeichen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid HTTP header name (letters, digits and !#$%&amp;&apos;*+.^_`|~- only)</source>
        <translation>&apos;%1&apos; ist kein gültiger HTTP-Header-Name (nur Buchstaben, Ziffern und !#$%&amp;&apos;*+.^_`|~-)</translation>
    </message>
    <message>
        <source>company ID is empty</source>
        <translation>die Firmen-ID ist leer</translation>
    </message>
    <message>
        <source>company ID &apos;%1&apos; must be visible ASCII without spaces (it is sent as a header value)</source>
        <translation>die Firmen-ID &apos;%1&apos; muss aus sichtbaren ASCII-Zeichen ohne Leerzeichen bestehen (sie wird als Header-Wert gesendet)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an absolute URL such as https://api.example.com/v1</source>
        <translation>%1 &apos;%2&apos; ist keine absolute URL wie https://api.example.com/v1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must start with https:// or http://</source>
        <translation>%1 &apos;%2&apos; muss mit https:// oder http:// beginnen</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has no host</source>
        <translation>%1 &apos;%2&apos; hat keinen Host</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; keep credentials in a secret instead</source>
        <translation>%1 darf keinen Benutzernamen und kein Passwort enthalten; bewahren Sie Zugangsdaten stattdessen in einem Secret auf</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must not contain a &apos;#&apos; fragment</source>
        <translation>%1 &apos;%2&apos; darf kein &apos;#&apos;-Fragment enthalten</translation>
    </message>
    <message>
        <source>Folder name is empty</source>
        <translation>Der Ordnername ist leer</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>the issuer cannot hold {{variables}}: write it out</source>
        <translation>der Aussteller darf keine {{Variablen}} enthalten: schreiben Sie ihn aus</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>issuer &apos;%1&apos; must not contain a &apos;?&apos; query</source>
        <translation>Aussteller „%1“ darf keine „?“-Abfrage enthalten</translation>
    </message>
    <message>
        <source>issuer &apos;%1&apos; must start with https://</source>
        <translation>Aussteller „%1“ muss mit https:// beginnen</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>proxy &apos;%1&apos; is not of the form http://host:port or socks5://host:port (or empty for the system&apos;s settings, or none)</source>
        <translation>der Proxy &apos;%1&apos; hat nicht die Form http://host:port oder socks5://host:port (oder leer für die Systemeinstellungen, oder none)</translation>
    </message>
    <message>
        <source>the certificate file %1 cannot be read</source>
        <translation>die Zertifikatsdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>%1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----)</translation>
    </message>
</context>
<context>
    <name>OpenApiImport</name>
    <message>
        <source>%1: the reference %2 points outside this document</source>
        <translation>%1: der Verweis %2 zeigt aus diesem Dokument hinaus</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is relative: set the environment&apos;s base URL</source>
        <translation>der Server &apos;%1&apos; ist relativ: legen Sie die Basis-URL der Umgebung fest</translation>
    </message>
    <message>
        <source>the document names no servers: set the base URL of &apos;%1&apos;</source>
        <translation>das Dokument nennt keine Server: legen Sie die Basis-URL von &apos;%1&apos; fest</translation>
    </message>
    <message>
        <source>security scheme &apos;%1&apos;: an API key in a cookie is not supported</source>
        <translation>Sicherheitsschema &apos;%1&apos;: ein API-Schlüssel in einem Cookie wird nicht unterstützt</translation>
    </message>
    <message>
        <source>security scheme &apos;%1&apos;: only the authorization code and client credentials flows are supported</source>
        <translation>Sicherheitsschema &apos;%1&apos;: nur die Flows Authorization Code und Client Credentials werden unterstützt</translation>
    </message>
    <message>
        <source>security scheme &apos;%1&apos;: set your OAuth client ID (keyway-cli auth oauth2 … --client-id)</source>
        <translation>Sicherheitsschema &apos;%1&apos;: legen Sie Ihre OAuth-Client-ID fest (keyway-cli auth oauth2 … --client-id)</translation>
    </message>
    <message>
        <source>security scheme &apos;%1&apos;: %2 is not supported</source>
        <translation>Sicherheitsschema &apos;%1&apos;: %2 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: a %2 body is not supported</source>
        <translation>%1: ein %2-Body wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 is Swagger 2.0; convert it to OpenAPI 3 first (for example with swagger2openapi)</source>
        <translation>%1 ist Swagger 2.0; wandeln Sie es zuerst in OpenAPI 3 um (zum Beispiel mit swagger2openapi)</translation>
    </message>
    <message>
        <source>%1 is not an OpenAPI 3.0 or 3.1 document</source>
        <translation>%1 ist kein OpenAPI-3.0- oder -3.1-Dokument</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; has a name Keyway cannot use</source>
        <translation>die Variable &apos;%1&apos; hat einen Namen, den Keyway nicht verwenden kann</translation>
    </message>
</context>
<context>
    <name>OpenSsl</name>
    <message>
        <source>OpenSSL 3 is needed for this and cannot be loaded: %1</source>
        <translation>Dafür wird OpenSSL 3 benötigt, es lässt sich aber nicht laden: %1</translation>
    </message>
    <message>
        <source>the OpenSSL found lacks %1</source>
        <translation>dem gefundenen OpenSSL fehlt %1</translation>
    </message>
</context>
<context>
    <name>PostmanImport</name>
    <message>
        <source>variable &apos;%1&apos;: %2</source>
        <translation>Variable &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>%1: Postman&apos;s dynamic variable %2 has no Keyway equivalent</source>
        <translation>%1: Postmans dynamische Variable %2 hat in Keyway keine Entsprechung</translation>
    </message>
    <message>
        <source>%1: OAuth 2.0 without token URL, client ID or authorization URL</source>
        <translation>%1: OAuth 2.0 ohne Token-URL, Client-ID oder Autorisierungs-URL</translation>
    </message>
    <message>
        <source>%1: %2 authentication is not supported</source>
        <translation>%1: %2-Authentifizierung wird nicht unterstützt</translation>
    </message>
    <message>
        <source>folder &apos;%1&apos;: auth set on a folder (set it on the environment or the requests)</source>
        <translation>Ordner &apos;%1&apos;: Authentifizierung an einem Ordner (legen Sie sie an der Umgebung oder den Anfragen fest)</translation>
    </message>
    <message>
        <source>%1: saved example responses are not imported</source>
        <translation>%1: gespeicherte Beispielantworten werden nicht importiert</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3)</source>
        <translation>%1 ist kein gültiges JSON (bei Byte %2: %3)</translation>
    </message>
    <message>
        <source>%1 is not a Postman collection (v2.0 or v2.1 has &quot;info.schema&quot; and &quot;item&quot;); export it from Postman with Collection v2.1</source>
        <translation>%1 ist keine Postman-Collection (v2.0 oder v2.1 hat &quot;info.schema&quot; und &quot;item&quot;); exportieren Sie sie aus Postman als Collection v2.1</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>collection: pre-request and test scripts are not imported</source>
        <translation>Collection: Pre-Request- und Test-Skripte werden nicht importiert</translation>
    </message>
    <message>
        <source>%1: part &apos;%2&apos; lists several files; only the first is kept</source>
        <translation>%1: Teil &apos;%2&apos; nennt mehrere Dateien; nur die erste wird übernommen</translation>
    </message>
    <message>
        <source>%1: file part &apos;%2&apos; names no file; choose one in the Body tab</source>
        <translation>%1: Dateiteil &apos;%2&apos; nennt keine Datei; wählen Sie eine im Body-Tab</translation>
    </message>
    <message>
        <source>%1: a file body without a file</source>
        <translation>%1: ein Datei-Body ohne Datei</translation>
    </message>
    <message>
        <source>%1: a %2 body is not supported (only raw, urlencoded, form-data, file and GraphQL)</source>
        <translation>%1: ein %2-Body wird nicht unterstützt (nur raw, urlencoded, form-data, file und GraphQL)</translation>
    </message>
    <message>
        <source>folder &apos;%1&apos;: pre-request and test scripts are not imported</source>
        <translation>Ordner „%1“: Vorab- und Testskripte werden nicht importiert</translation>
    </message>
    <message>
        <source>%1: the pre-request script is not imported</source>
        <translation>%1: das Vorab-Skript wird nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n test script line(s) not imported: %2</source>
        <translation>
            <numerusform>%1: %n Testskript-Zeile nicht importiert: %2</numerusform>
            <numerusform>%1: %n Testskript-Zeilen nicht importiert: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetCatalog</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2 (%3)</source>
        <translation>%1: kein gültiges JSON bei Offset %2 (%3)</translation>
    </message>
    <message>
        <source>%1: a preset needs an &quot;id&quot; string</source>
        <translation>%1: eine Vorlage braucht eine Zeichenkette &quot;id&quot;</translation>
    </message>
</context>
<context>
    <name>PresetSetup</name>
    <message>
        <source>is not a valid regular expression</source>
        <translation>ist kein gültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos;</source>
        <translation>Vorlage &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The preset &apos;%1&apos; has no &quot;setup&quot; section, so Keyway cannot create an environment from it.</source>
        <translation>Die Vorlage &apos;%1&apos; hat keinen Abschnitt &quot;setup&quot;, daher kann Keyway daraus keine Umgebung erstellen.</translation>
    </message>
    <message>
        <source>must name at least one way to authenticate</source>
        <translation>muss mindestens eine Art der Authentifizierung nennen</translation>
    </message>
    <message>
        <source>%1 has no way to authenticate called &apos;%2&apos;.</source>
        <translation>%1 kennt keine Art der Authentifizierung namens &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; does not have the expected form%3.</source>
        <translation>%1 &apos;%2&apos; hat nicht die erwartete Form%3.</translation>
    </message>
    <message>
        <source> (for example %1)</source>
        <translation> (zum Beispiel %1)</translation>
    </message>
    <message>
        <source>Choose at least one scope to ask for.</source>
        <translation>Wählen Sie mindestens einen Scope, der angefragt werden soll.</translation>
    </message>
</context>
<context>
    <name>RedirectPolicy</name>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>refusing plain http:// to %1: credentials and data would travel unencrypted. Use https://, or allow it for this environment (keyway-cli env edit ENV --allow-insecure-http)</source>
        <translation>einfaches http:// zu %1 wird abgelehnt: Zugangsdaten und Daten würden unverschlüsselt übertragen. Verwenden Sie https:// oder erlauben Sie es für diese Umgebung (keyway-cli env edit ENV --allow-insecure-http)</translation>
    </message>
    <message>
        <source>stopped after %1 redirects</source>
        <translation>nach %1 Weiterleitungen abgebrochen</translation>
    </message>
    <message>
        <source>refusing a redirect from HTTPS to %1: it would leave an encrypted connection</source>
        <translation>eine Weiterleitung von HTTPS zu %1 wird abgelehnt: sie würde eine verschlüsselte Verbindung verlassen</translation>
    </message>
    <message>
        <source>refusing to follow a %1 redirect to %2: it would re-send a body that holds a key to another origin</source>
        <translation>einer %1-Weiterleitung nach %2 wird nicht gefolgt: sie würde einen Inhalt mit einem Schlüssel erneut an einen anderen Ursprung senden</translation>
    </message>
</context>
<context>
    <name>ResponseChecks</name>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>the value at %1 has no length (not an array, object or string)</source>
        <translation>der Wert bei %1 hat keine Länge (kein Array, Objekt oder String)</translation>
    </message>
    <message>
        <source>HTTP %1, no error</source>
        <translation>HTTP %1, kein Fehler</translation>
    </message>
    <message>
        <source>expected no error, got: %1</source>
        <translation>kein Fehler erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>expected none, got %1</source>
        <translation>keiner erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected %1, but there is none</source>
        <translation>%1 erwartet, aber es gibt keinen</translation>
    </message>
    <message>
        <source>expected %1, got %2 (%3)</source>
        <translation>%1 erwartet, erhalten: %2 (%3)</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>a header %1</source>
        <translation>einen Header %1</translation>
    </message>
    <message>
        <source>a value at %1</source>
        <translation>einen Wert bei %1</translation>
    </message>
    <message>
        <source>check &quot;%1&quot;</source>
        <translation>Prüfung „%1“</translation>
    </message>
    <message>
        <source>only the body&apos;s first %1 were kept in memory (the rest went to a file, the terminal or the disk as it arrived); checks on the body need all of it (keyway-cli: without -o)</source>
        <translation>nur die ersten %1 des Antworttexts wurden im Speicher behalten (der Rest ging beim Eintreffen in eine Datei, ins Terminal oder auf die Platte); Prüfungen des Antworttexts brauchen ihn ganz (keyway-cli: ohne -o)</translation>
    </message>
</context>
<context>
    <name>ResponseJudge</name>
    <message>
        <source>an unsaved request</source>
        <translation>einer ungespeicherten Anfrage</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>P&amp;rüfungen</translation>
    </message>
    <message>
        <source>&amp;Checks (%1)</source>
        <translation>P&amp;rüfungen (%1)</translation>
    </message>
    <message>
        <source>Checks on the response and values captured from it</source>
        <translation>Prüfungen der Antwort und daraus übernommene Werte</translation>
    </message>
    <message>
        <source>&amp;Checks ✔ %1</source>
        <translation>P&amp;rüfungen ✔ %1</translation>
    </message>
    <message>
        <source>&amp;Checks ✘ %1/%2</source>
        <translation>P&amp;rüfungen ✘ %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed</source>
        <translation>
            <numerusform>Die %n Prüfung ist bestanden</numerusform>
            <numerusform>Alle %n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) failed</source>
        <translation>
            <numerusform>%1 von %n Prüfung fehlgeschlagen</numerusform>
            <numerusform>%1 von %n Prüfungen fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunData</name>
    <message>
        <source>line %1: text after a closing quote (write &quot;&quot; for a quote inside quotes)</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen (&quot;&quot; schreibt ein Anführungszeichen in Anführungszeichen)</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>mehr als %1 Zeilen</translation>
    </message>
    <message>
        <source>line %1: a quote is never closed</source>
        <translation>Zeile %1: ein Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>cannot read the data file %1: %2</source>
        <translation>die Datendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the data file %1 is larger than %2 MB</source>
        <translation>die Datendatei %1 ist größer als %2 MB</translation>
    </message>
    <message>
        <source>data file %1: %2</source>
        <translation>Datendatei %1: %2</translation>
    </message>
    <message>
        <source>the data file %1 has no rows</source>
        <translation>die Datendatei %1 hat keine Zeilen</translation>
    </message>
    <message>
        <source>line 1 (the header row): %1</source>
        <translation>Zeile 1 (die Kopfzeile): %1</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>expected a JSON array of objects, one per iteration</source>
        <translation>ein JSON-Array von Objekten erwartet, eines pro Durchlauf</translation>
    </message>
    <message>
        <source>element %1 is not an object</source>
        <translation>Element %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>element %1: %2</source>
        <translation>Element %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>line %1 has %n field(s), the header row %2</source>
        <translation>
            <numerusform>Zeile %1 hat %n Feld, die Kopfzeile %2</numerusform>
            <numerusform>Zeile %1 hat %n Felder, die Kopfzeile %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunTotals</name>
    <message numerus="yes">
        <source>%n request(s), %1 failed</source>
        <translation>
            <numerusform>%n Anfrage, %1 fehlgeschlagen</numerusform>
            <numerusform>%n Anfragen, %1 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n check(s), %1 failed</source>
        <translation>
            <numerusform>; %n Prüfung, %1 fehlgeschlagen</numerusform>
            <numerusform>; %n Prüfungen, %1 fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecureStorageStatus</name>
    <message>
        <source>Secure storage: checking…</source>
        <translation>Sicherer Speicher: wird geprüft…</translation>
    </message>
    <message>
        <source>Secure storage: ready</source>
        <translation>Sicherer Speicher: bereit</translation>
    </message>
    <message>
        <source>Secure storage unavailable: no D-Bus session</source>
        <translation>Sicherer Speicher nicht verfügbar: keine D-Bus-Sitzung</translation>
    </message>
    <message>
        <source>Secure storage unavailable: no Secret Service provider</source>
        <translation>Sicherer Speicher nicht verfügbar: kein Secret-Service-Anbieter</translation>
    </message>
    <message>
        <source>Secure storage unavailable: no default keyring</source>
        <translation>Sicherer Speicher nicht verfügbar: kein Standard-Schlüsselbund</translation>
    </message>
    <message>
        <source>Secure storage locked</source>
        <translation>Sicherer Speicher gesperrt</translation>
    </message>
    <message>
        <source>Secure storage denied access</source>
        <translation>Sicherer Speicher hat den Zugriff verweigert</translation>
    </message>
    <message>
        <source>Secure storage failed</source>
        <translation>Sicherer Speicher fehlgeschlagen</translation>
    </message>
    <message>
        <source>Keyway is checking the system keychain.</source>
        <translation>Keyway prüft den System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain (Secret Service).</source>
        <translation>Secrets werden im System-Schlüsselbund (Secret Service) aufbewahrt.</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset or unreachable), so the system keychain cannot be reached. Run Keyway inside your desktop session, or start one with &apos;dbus-run-session&apos;.</source>
        <translation>Es gibt keinen D-Bus-Session-Bus (DBUS_SESSION_BUS_ADDRESS ist nicht gesetzt oder nicht erreichbar), daher ist der System-Schlüsselbund nicht erreichbar. Starten Sie Keyway in Ihrer Desktop-Sitzung oder starten Sie eine mit &apos;dbus-run-session&apos;.</translation>
    </message>
    <message>
        <source>No program provides the Secret Service (org.freedesktop.secrets) on the D-Bus session. Install and start GNOME Keyring (package gnome-keyring), KeePassXC with Secret Service integration, or KWallet.</source>
        <translation>Kein Programm stellt den Secret Service (org.freedesktop.secrets) auf dem D-Bus-Session-Bus bereit. Installieren und starten Sie GNOME Keyring (Paket gnome-keyring), KeePassXC mit Secret-Service-Integration oder KWallet.</translation>
    </message>
    <message>
        <source>The Secret Service has no default keyring yet. Create one (for example in &apos;Passwords and Keys&apos;), then try again.</source>
        <translation>Der Secret Service hat noch keinen Standard-Schlüsselbund. Legen Sie einen an (zum Beispiel in „Passwörter und Verschlüsselung“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The default keyring is locked. Unlock it (log in to your desktop session, or open &apos;Passwords and Keys&apos;), then try again.</source>
        <translation>Der Standard-Schlüsselbund ist gesperrt. Entsperren Sie ihn (melden Sie sich an Ihrer Desktop-Sitzung an oder öffnen Sie „Passwörter und Verschlüsselung“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Secret Service refused access to the keyring. Allow Keyway in your keychain&apos;s prompt or settings, then try again.</source>
        <translation>Der Secret Service hat den Zugriff auf den Schlüsselbund verweigert. Erlauben Sie Keyway in der Abfrage oder den Einstellungen Ihres Schlüsselbunds und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Secret Service did not work as expected.</source>
        <translation>Der Secret Service hat nicht wie erwartet funktioniert.</translation>
    </message>
    <message>
        <source>(It said: %1)</source>
        <translation>(Er meldete: %1)</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>the single quote at character %1 is never closed</source>
        <translation>das einfache Anführungszeichen bei Zeichen %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>the $&apos;…&apos; quote at character %1 is never closed</source>
        <translation>das $&apos;…&apos;-Anführungszeichen bei Zeichen %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>the double quote at character %1 is never closed</source>
        <translation>das doppelte Anführungszeichen bei Zeichen %1 wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>SignedJwt</name>
    <message>
        <source>claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>signing the JWT</source>
        <translation>der Signatur des JWT</translation>
    </message>
    <message>
        <source>cannot sign the JWT: %1</source>
        <translation>das JWT kann nicht signiert werden: %1</translation>
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
        <translation>der Browser konnte nicht gestartet werden (%1); öffnen Sie die Anmeldeadresse von Hand</translation>
    </message>
</context>
<context>
    <name>TokenEndpoint</name>
    <message>
        <source>token URL &apos;%1&apos; is not a valid URL</source>
        <translation>die Token-URL &apos;%1&apos; ist keine gültige URL</translation>
    </message>
    <message>
        <source>the token endpoint answered HTTP %1</source>
        <translation>der Token-Endpunkt antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the token request failed</source>
        <translation>die Token-Anfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the response has no token at &quot;%1&quot;</source>
        <translation>die Antwort enthält kein Token bei &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TypedFields</name>
    <message>
        <source>%1 &apos;%2&apos; is sent as JSON, but &apos;%3&apos; is not a JSON value (a number, true, false, null, &quot;text&quot;, [..] or {..})</source>
        <translation>%1 &apos;%2&apos; wird als JSON gesendet, aber &apos;%3&apos; ist kein JSON-Wert (eine Zahl, true, false, null, &quot;Text&quot;, [..] oder {..})</translation>
    </message>
</context>
<context>
    <name>VariableExpander</name>
    <message>
        <source>&apos;{{&apos; at column %1 of %2 is never closed with &apos;}}&apos; (write &apos;\{{&apos; for a literal &apos;{{&apos;)</source>
        <translation>&apos;{{&apos; in Spalte %1 von %2 wird nie mit &apos;}}&apos; geschlossen (schreiben Sie &apos;\{{&apos; für ein wörtliches &apos;{{&apos;)</translation>
    </message>
    <message>
        <source>&apos;{{%1}}&apos; in %2 is not a variable reference (write &apos;\{{&apos; for a literal &apos;{{&apos;)</source>
        <translation>&apos;{{%1}}&apos; in %2 ist kein Variablenverweis (schreiben Sie &apos;\{{&apos; für ein wörtliches &apos;{{&apos;)</translation>
    </message>
    <message>
        <source>variables refer to each other in a cycle: %1 (in %2)</source>
        <translation>Variablen verweisen im Kreis aufeinander: %1 (in %2)</translation>
    </message>
    <message>
        <source>%1 (used in %2)</source>
        <translation>%1 (verwendet in %2)</translation>
    </message>
    <message>
        <source>environment &apos;%1&apos; has no base URL for {{baseUrl}}</source>
        <translation>die Umgebung &apos;%1&apos; hat keine Basis-URL für {{baseUrl}}</translation>
    </message>
    <message>
        <source>environment &apos;%1&apos; has no company ID selected for {{companyId}}</source>
        <translation>in der Umgebung &apos;%1&apos; ist keine Firmen-ID für {{companyId}} ausgewählt</translation>
    </message>
    <message>
        <source>unknown variable &apos;%1&apos;: environment &apos;%2&apos; does not define it</source>
        <translation>unbekannte Variable &apos;%1&apos;: die Umgebung &apos;%2&apos; definiert sie nicht</translation>
    </message>
    <message>
        <source>unknown secret &apos;%1&apos; in %2: environment &apos;%3&apos; has no such secret</source>
        <translation>unbekanntes Secret &apos;%1&apos; in %2: die Umgebung &apos;%3&apos; hat kein solches Secret</translation>
    </message>
    <message>
        <source>secret &apos;%1&apos; used in %2 has no value in the keychain</source>
        <translation>das in %2 verwendete Secret &apos;%1&apos; hat keinen Wert im Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 grows past %2 characters once its variables are filled in (at {{%3}}); variables that repeat each other make it double again and again, so check their values</source>
        <translation>%1 wird länger als %2 Zeichen, sobald seine Variablen eingesetzt sind (bei {{%3}}); Variablen, die einander wiederholen, verdoppeln es immer wieder – prüfen Sie ihre Werte</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>{{jwt}} is the token Keyway signs, and environment &apos;%1&apos; does not sign one: set its authentication to Signed JWT</source>
        <translation>{{jwt}} ist das Token, das Keyway signiert, und die Umgebung &apos;%1&apos; signiert keines: stellen Sie ihre Authentifizierung auf „Signiertes JWT“</translation>
    </message>
</context>
<context>
    <name>WorkspaceExport</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 is not a Keyway export (it has no &quot;format&quot;: &quot;keyway-export&quot;).</source>
        <translation>%1 ist kein Keyway-Export (es fehlt &quot;format&quot;: &quot;keyway-export&quot;).</translation>
    </message>
    <message>
        <source>environment &apos;%1&apos; cannot be imported: %2</source>
        <translation>die Umgebung &apos;%1&apos; kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>request &apos;%1&apos; cannot be imported: %2</source>
        <translation>die Anfrage &apos;%1&apos; kann nicht importiert werden: %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>%1 is already a Keyway workspace</source>
        <translation>%1 ist bereits ein Keyway-Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>there is no workspace folder at %1</source>
        <translation>unter %1 gibt es keinen Arbeitsbereichsordner</translation>
    </message>
    <message>
        <source>%1 is not a Keyway workspace (it has no %2)</source>
        <translation>%1 ist kein Keyway-Arbeitsbereich (es fehlt %2)</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>muss eine UUID sein</translation>
    </message>
    <message>
        <source>there is no environment &apos;%1&apos;</source>
        <translation>es gibt keine Umgebung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>folder &apos;%1&apos; may use only letters, digits, space, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; and must start with a letter or digit</source>
        <translation>der Ordner &apos;%1&apos; darf nur Buchstaben, Ziffern, Leerzeichen, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>there is no saved request &apos;%1&apos;</source>
        <translation>es gibt keine gespeicherte Anfrage &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is a folder &apos;%1&apos; already</source>
        <translation>es gibt bereits einen Ordner „%1“</translation>
    </message>
    <message>
        <source>folder &apos;%1&apos; cannot go into itself</source>
        <translation>Ordner „%1“ kann nicht in sich selbst verschoben werden</translation>
    </message>
    <message>
        <source>cannot move folder &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Ordner „%1“ kann nicht nach „%2“ verschoben werden</translation>
    </message>
    <message>
        <source>cannot remove folder &apos;%1&apos;: it is not empty</source>
        <translation>Ordner „%1“ kann nicht entfernt werden: er ist nicht leer</translation>
    </message>
    <message>
        <source>%1 cannot be read, so it is not overwritten; mend or remove it first (%2)</source>
        <translation>%1 lässt sich nicht lesen und wird deshalb nicht überschrieben; reparieren oder entfernen Sie die Datei zuerst (%2)</translation>
    </message>
</context>
<context>
    <name>YamlJson</name>
    <message>
        <source>%1 is not valid YAML (line %2, column %3: %4)</source>
        <translation>%1 ist kein gültiges YAML (Zeile %2, Spalte %3: %4)</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 values or %3 MiB of text through aliases that repeat each other (a &quot;billion laughs&quot; document); it was not imported</source>
        <translation>%1 wächst durch Aliase, die einander wiederholen, auf mehr als %2 Werte oder %3 MiB Text (ein „Billion Laughs“-Dokument); es wurde nicht importiert</translation>
    </message>
    <message>
        <source>%1 is too large to read into memory</source>
        <translation>%1 ist zu groß, um es in den Speicher zu lesen</translation>
    </message>
</context>
<context>
    <name>keyway::AuthorizationCodeLogin</name>
    <message numerus="yes">
        <source>no answer from the browser within %n minute(s)</source>
        <translation>
            <numerusform>keine Antwort vom Browser innerhalb von %n Minute</numerusform>
            <numerusform>keine Antwort vom Browser innerhalb von %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>secret &apos;%1&apos; has no value in the keychain</source>
        <translation>Secret &apos;%1&apos; hat keinen Wert im Schlüsselbund</translation>
    </message>
    <message>
        <source>cannot read secrets from the keychain: %1</source>
        <translation>Secrets können nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1 for the browser&apos;s answer</source>
        <translation>auf 127.0.0.1 kann nicht auf die Antwort des Browsers gewartet werden</translation>
    </message>
    <message>
        <source>signed in, but the tokens could not be stored in the keychain: %1</source>
        <translation>angemeldet, aber die Tokens konnten nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>sign-in cancelled</source>
        <translation>Anmeldung abgebrochen</translation>
    </message>
</context>
<context>
    <name>keyway::CaptureSaver</name>
    <message>
        <source>there is no environment &apos;%1&apos; to save the captures to</source>
        <translation>es gibt keine Umgebung „%1“, in der die Übernahmen gespeichert werden könnten</translation>
    </message>
    <message>
        <source>capture %1 cannot be kept as a secret: %2</source>
        <translation>Übernahme %1 kann nicht als Geheimnis gespeichert werden: %2</translation>
    </message>
    <message>
        <source>capture %1 could not be kept in the keychain: %2</source>
        <translation>Übernahme %1 konnte nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>keyway::ClientCertificateChecker</name>
    <message>
        <source>the passphrase secret &apos;%1&apos; is not set</source>
        <translation>das Passphrase-Geheimnis „%1“ ist nicht gesetzt</translation>
    </message>
    <message>
        <source>the passphrase secret &apos;%1&apos; could not be read: %2</source>
        <translation>das Passphrase-Geheimnis „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>keyway::CollectionRunner</name>
    <message>
        <source>cannot read secrets from the keychain: %1</source>
        <translation>Secrets können nicht aus dem Schlüsselbund gelesen werden: %1</translation>
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
        <translation>die gespeicherten Cookies sind beschädigt (%1)</translation>
    </message>
</context>
<context>
    <name>keyway::CookieJars</name>
    <message>
        <source>cookies could not be read from the keychain: %1</source>
        <translation>die Cookies konnten nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>cookies could not be saved in the keychain: %1</source>
        <translation>die Cookies konnten nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>keyway::EnvironmentRename</name>
    <message>
        <source>The workspace already has an environment called &apos;%1&apos;.</source>
        <translation>Der Arbeitsbereich hat bereits eine Umgebung namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The keys of &apos;%1&apos; could not be read: %2</source>
        <translation>Die Schlüssel von „%1“ konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The keys could not be stored under &apos;%1&apos;: %2</source>
        <translation>Die Schlüssel konnten nicht unter „%1“ gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>keyway::EnvironmentSession</name>
    <message>
        <source>no environment is selected</source>
        <translation>keine Umgebung ausgewählt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no company ID &apos;%2&apos;</source>
        <translation>&apos;%1&apos; hat keine Firmen-ID &apos;%2&apos;</translation>
    </message>
    <message>
        <source>secrets could not be read: %1</source>
        <translation>Secrets konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no value in the keychain for: %1</source>
        <translation>kein Wert im Schlüsselbund für: %1</translation>
    </message>
    <message>
        <source>choose an environment first</source>
        <translation>wählen Sie zuerst eine Umgebung</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>Bearer … (none yet: sign in first)</source>
        <translation>Bearer … (noch keines: zuerst anmelden)</translation>
    </message>
    <message>
        <source>Bearer … (requested when sending)</source>
        <translation>Bearer … (wird beim Senden angefordert)</translation>
    </message>
</context>
<context>
    <name>keyway::HttpExchange</name>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>TLS error with %1: %2</source>
        <translation>TLS-Fehler mit %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the response body is larger than %1 MiB, the most kept in memory; save it to a file instead (keyway-cli send -o FILE)</source>
        <translation>der Antworttext ist größer als %1 MiB, das Höchstmaß im Speicher; speichern Sie ihn stattdessen in eine Datei (keyway-cli send -o DATEI)</translation>
    </message>
    <message>
        <source>%1 answered with a header section Keyway does not read (none at all, more than %2 fields, a field over %3 KiB or over %4 KiB in all); the response was not used</source>
        <translation>%1 antwortete mit einem Kopfbereich, den Keyway nicht liest (gar keine Felder, mehr als %2 Felder, ein Feld über %3 KiB oder insgesamt über %4 KiB); die Antwort wurde nicht verwendet</translation>
    </message>
    <message>
        <source>the body file %1 changed since the request was built</source>
        <translation>die Body-Datei %1 hat sich seit dem Aufbau der Anfrage geändert</translation>
    </message>
    <message>
        <source>cannot read the body file %1: %2</source>
        <translation>die Body-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>keyway::InterProcessLock</name>
    <message numerus="yes">
        <source>%1 still holds %2 after %n second(s)</source>
        <translation>
            <numerusform>%1 hält %2 noch nach %n Sekunde</numerusform>
            <numerusform>%1 hält %2 noch nach %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>Sperrdatei %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>ein anderer Prozess</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (Prozess %2)</translation>
    </message>
</context>
<context>
    <name>keyway::KeyVerifier</name>
    <message>
        <source>Verified: the API accepted the key (HTTP %1).</source>
        <translation>Geprüft: die API hat den Schlüssel angenommen (HTTP %1).</translation>
    </message>
    <message>
        <source>Verified. Company: %1 (%2), plan: %3. Permissions: %4</source>
        <translation>Geprüft. Firma: %1 (%2), Tarif: %3. Berechtigungen: %4</translation>
    </message>
    <message>
        <source>%1 signs in through your browser; use Sign In to check it.</source>
        <translation>%1 meldet sich über Ihren Browser an; prüfen Sie es mit „Anmelden“.</translation>
    </message>
    <message>
        <source>%1 was not made from a provider preset, so Keyway does not know how to verify its keys. Send a request that needs them instead.</source>
        <translation>%1 wurde nicht aus einer Anbietervorlage erstellt, daher weiß Keyway nicht, wie seine Schlüssel geprüft werden. Senden Sie stattdessen eine Anfrage, die sie braucht.</translation>
    </message>
    <message>
        <source>The %1 preset names no endpoint for verifying keys. Send a request that needs them instead.</source>
        <translation>Die Vorlage %1 nennt keinen Endpunkt zum Prüfen von Schlüsseln. Senden Sie stattdessen eine Anfrage, die sie braucht.</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Not verified.
%1</source>
        <translation>Nicht geprüft.
%1</translation>
    </message>
    <message>
        <source>Verified: the token endpoint issued a token for these credentials.</source>
        <translation>Geprüft: der Token-Endpunkt hat für diese Zugangsdaten ein Token ausgestellt.</translation>
    </message>
    <message>
        <source>%1 signs a new token for each request, and only the API can tell whether it accepts it: send a request that uses {{jwt}}.</source>
        <translation>%1 signiert für jede Anfrage ein neues Token, und nur die API kann sagen, ob sie es annimmt: senden Sie eine Anfrage, die {{jwt}} verwendet.</translation>
    </message>
</context>
<context>
    <name>keyway::LoopbackReceiver</name>
    <message>
        <source>Keyway stopped waiting for this sign-in.</source>
        <translation>Keyway wartet nicht mehr auf diese Anmeldung.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>This address is not part of the sign-in.</source>
        <translation>Diese Adresse gehört nicht zur Anmeldung.</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>Bereits erhalten</translation>
    </message>
    <message>
        <source>Keyway already received an answer for this sign-in.</source>
        <translation>Keyway hat für diese Anmeldung bereits eine Antwort erhalten.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Signed in — you can close this tab.</source>
        <translation>Angemeldet — Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sign-in did not complete — Keyway shows why. You can close this tab.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen — Keyway zeigt, warum. Sie können diesen Tab schließen.</translation>
    </message>
</context>
<context>
    <name>keyway::LoopbackReplyHandler</name>
    <message>
        <source>the browser&apos;s answer does not belong to this sign-in (state mismatch); nothing was exchanged</source>
        <translation>die Antwort des Browsers gehört nicht zu dieser Anmeldung (state stimmt nicht); es wurde nichts ausgetauscht</translation>
    </message>
    <message>
        <source>the answer does not say which server sent it, although %1 promises to (iss missing); nothing was exchanged</source>
        <translation>die Antwort sagt nicht, welcher Server sie geschickt hat, obwohl %1 das zusagt (iss fehlt); nichts wurde eingetauscht</translation>
    </message>
    <message>
        <source>the answer did not come from the expected server (issuer mismatch: expected %1); nothing was exchanged</source>
        <translation>die Antwort kam nicht vom erwarteten Server (Aussteller stimmt nicht: erwartet %1); nichts wurde eingetauscht</translation>
    </message>
    <message>
        <source>the answer has neither a code nor an error</source>
        <translation>die Antwort enthält weder einen Code noch einen Fehler</translation>
    </message>
</context>
<context>
    <name>keyway::ProxyPassword</name>
    <message>
        <source>cannot keep the proxy password in the keychain: %1</source>
        <translation>das Proxy-Passwort kann nicht im Schlüsselbund abgelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot read the proxy password from the keychain: %1</source>
        <translation>das Proxy-Passwort kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>keyway::SecretBatchWrite</name>
    <message>
        <source>the keychain did not store %1: %2</source>
        <translation>der Schlüsselbund hat %1 nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>keyway::SendJob</name>
    <message>
        <source>cannot read secrets from the keychain: %1</source>
        <translation>Secrets können nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>secret &apos;%1&apos; of &apos;%2&apos; has no value in the keychain; set it with: keyway-cli secret set %2 %1</source>
        <translation>Secret &apos;%1&apos; von &apos;%2&apos; hat keinen Wert im Schlüsselbund; setzen Sie ihn mit: keyway-cli secret set %2 %1</translation>
    </message>
    <message>
        <source>this environment signs in with tokens, but no token broker was given</source>
        <translation>diese Umgebung meldet sich mit Tokens an, aber es wurde kein Token-Broker übergeben</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>keyway::TokenBroker</name>
    <message>
        <source>cannot read the tokens from the keychain: %1</source>
        <translation>die Tokens können nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>the session for &apos;%1&apos; has expired; sign in again</source>
        <translation>die Sitzung für &apos;%1&apos; ist abgelaufen; melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>not signed in to &apos;%1&apos;; sign in first</source>
        <translation>nicht bei &apos;%1&apos; angemeldet; melden Sie sich zuerst an</translation>
    </message>
    <message>
        <source>cannot read secrets from the keychain: %1</source>
        <translation>Secrets können nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>secret &apos;%1&apos; of &apos;%2&apos; has no value in the keychain; set it with: keyway-cli secret set %2 %1</source>
        <translation>Secret &apos;%1&apos; von &apos;%2&apos; hat keinen Wert im Schlüsselbund; setzen Sie ihn mit: keyway-cli secret set %2 %1</translation>
    </message>
    <message>
        <source>client credentials need a client secret; set it with: keyway-cli secret set %1 %2</source>
        <translation>Client Credentials brauchen ein Client-Secret; setzen Sie es mit: keyway-cli secret set %1 %2</translation>
    </message>
    <message>
        <source>sign-in needed for &apos;%1&apos;: %2</source>
        <translation>Anmeldung für &apos;%1&apos; nötig: %2</translation>
    </message>
    <message>
        <source>cannot store the new tokens in the keychain: %1</source>
        <translation>die neuen Tokens können nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>another Keyway process is renewing the tokens of &apos;%1&apos; and has not finished: %2</source>
        <translation>ein anderer Keyway-Prozess erneuert die Tokens von „%1“ und ist nicht fertig geworden: %2</translation>
    </message>
</context>
<context>
    <name>keyway::TokenReplyHandler</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>keyway::TokenRequest</name>
    <message>
        <source>there is no refresh token to renew the session with</source>
        <translation>es gibt kein Aktualisierungstoken, mit dem die Sitzung erneuert werden könnte</translation>
    </message>
</context>
<context>
    <name>keyway::ui::AuthChip</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt erneuern</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Keine Umgebung</translation>
    </message>
    <message>
        <source>No auth</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Checking sign-in…</source>
        <translation>Anmeldung wird geprüft…</translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation>Warte auf Ihren Browser…</translation>
    </message>
    <message>
        <source>If the browser did not open, visit:
%1</source>
        <translation>Falls sich der Browser nicht geöffnet hat, besuchen Sie:
%1</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>Signed in — token expires in %1</source>
        <translation>Angemeldet — Token läuft ab in %1</translation>
    </message>
    <message>
        <source>Signed in — token expired, refreshes on the next request</source>
        <translation>Angemeldet — Token abgelaufen, wird bei der nächsten Anfrage erneuert</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation>Gewährte Scopes: %1</translation>
    </message>
    <message>
        <source>Signed JWT (%1)</source>
        <translation>Signiertes JWT (%1)</translation>
    </message>
    <message>
        <source>A new token is signed for every request with the key in the keychain</source>
        <translation>Für jede Anfrage wird mit dem Schlüssel aus dem Schlüsselbund ein neues Token signiert</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ChecksEditor</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Add Check</source>
        <translation>Prüfung hinzufügen</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Übernahme</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add Capture</source>
        <translation>Übernahme hinzufügen</translation>
    </message>
    <message>
        <source>Forget Captured Values</source>
        <translation>Übernommene Werte vergessen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Übernahmen</translation>
    </message>
    <message>
        <source>Drop the values captured this session for the active environment</source>
        <translation>Die in dieser Sitzung übernommenen Werte der aktiven Umgebung verwerfen</translation>
    </message>
    <message>
        <source>Checked after every send: status == 201 · status in 2xx · header Content-Type contains json · $.data[0].id exists · $.amount &gt; 0 · $.items length == 3 · time &lt; 500 · no-error</source>
        <translation>Nach jedem Senden geprüft: status == 201 · status in 2xx · header Content-Type contains json · $.data[0].id exists · $.amount &gt; 0 · $.items length == 3 · time &lt; 500 · no-error</translation>
    </message>
    <message>
        <source>Values for the next requests, as {{name}}: id = $.data.id · next = header Location · token = $.access_token secret (masked, kept in memory only)</source>
        <translation>Werte für die nächsten Anfragen, als {{name}}: id = $.data.id · next = header Location · token = $.access_token secret (maskiert, nur im Speicher)</translation>
    </message>
    <message>
        <source>{{%1}} for the next requests</source>
        <translation>{{%1}} für die nächsten Anfragen</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ClientCertificateTable</name>
    <message>
        <source>Client certificates</source>
        <translation>Client-Zertifikate</translation>
    </message>
    <message>
        <source>Origin (empty: the base URL&apos;s)</source>
        <translation>Ursprung (leer: der der Basis-URL)</translation>
    </message>
    <message>
        <source>Certificate or PKCS#12</source>
        <translation>Zertifikat oder PKCS#12</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Passphrase secret</source>
        <translation>Geheimnis der Passphrase</translation>
    </message>
    <message>
        <source>Add Certificate…</source>
        <translation>Zertifikat hinzufügen…</translation>
    </message>
    <message>
        <source>Empty for a PKCS#12 bundle, which holds the key</source>
        <translation>Leer bei einem PKCS#12-Bündel, das den Schlüssel enthält</translation>
    </message>
    <message>
        <source>A key of this environment holding the passphrase; empty when the key has none</source>
        <translation>Ein Schlüssel dieser Umgebung, der die Passphrase enthält; leer, wenn der Schlüssel keine hat</translation>
    </message>
    <message>
        <source>Client Certificate (PEM or PKCS#12)</source>
        <translation>Client-Zertifikat (PEM oder PKCS#12)</translation>
    </message>
    <message>
        <source>Private Key of the Certificate (PEM)</source>
        <translation>Privater Schlüssel des Zertifikats (PEM)</translation>
    </message>
    <message>
        <source>Check Connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>One TLS handshake with the selected certificate&apos;s origin: does the server ask for the certificate, and does it accept it? No request is sent.</source>
        <translation>Ein TLS-Handshake mit dem Ursprung des gewählten Zertifikats: Verlangt der Server das Zertifikat, und nimmt er es an? Es wird keine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>keyway::ui::CookieDialog</name>
    <message>
        <source>&amp;Edit Value…</source>
        <translation>Wert &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>C&amp;lear All</source>
        <translation>&amp;Alle entfernen</translation>
    </message>
    <message>
        <source>Cookies of %1</source>
        <translation>Cookies von %1</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Cookies the environment&apos;s answers set are sent back to its own origins only. Their values are kept in the system keychain, never in workspace files or the history.</source>
        <translation>Cookies, die Antworten der Umgebung setzen, gehen nur an ihre eigenen Ursprünge zurück. Ihre Werte liegen im Schlüsselbund des Systems, nie in Arbeitsbereichsdateien oder im Verlauf.</translation>
    </message>
    <message>
        <source>Reading the cookies from the keychain…</source>
        <translation>Cookies werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s)</source>
        <translation>
            <numerusform>%n Cookie</numerusform>
            <numerusform>%n Cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Cookie</source>
        <translation>Cookie bearbeiten</translation>
    </message>
    <message>
        <source>New value of %1 for %2; it goes straight into the system keychain:</source>
        <translation>Neuer Wert von %1 für %2; er geht direkt in den Schlüsselbund des Systems:</translation>
    </message>
    <message>
        <source>Clear Cookies</source>
        <translation>Cookies entfernen</translation>
    </message>
    <message>
        <source>No cookies yet: cookies set by answers to %1 appear here.</source>
        <translation>Noch keine Cookies: Cookies aus Antworten an %1 erscheinen hier.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n cookie(s) of %1? Sessions they hold end here; the server may still know them.</source>
        <translation>
            <numerusform>Das %n Cookie von %1 entfernen? Sitzungen, die es hält, enden hier; der Server kennt sie womöglich noch.</numerusform>
            <numerusform>Alle %n Cookies von %1 entfernen? Sitzungen, die sie halten, enden hier; der Server kennt sie womöglich noch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::DocumentTabs</name>
    <message>
        <source>Open requests and environments</source>
        <translation>Offene Anfragen und Umgebungen</translation>
    </message>
    <message>
        <source>%1 (preview: double-click or edit to keep it open)</source>
        <translation>%1 (Vorschau: Doppelklick oder Bearbeiten hält den Reiter offen)</translation>
    </message>
    <message>
        <source>Close “%1”?</source>
        <translation>„%1“ schließen?</translation>
    </message>
    <message>
        <source>It has changes that are not saved. Closing the tab discards them (Ctrl+Shift+T brings the tab back, changes included).</source>
        <translation>Es gibt ungespeicherte Änderungen. Beim Schließen gehen sie verloren (Strg+Umschalt+T holt den Reiter samt Änderungen zurück).</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
</context>
<context>
    <name>keyway::ui::EditableTable</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>keyway::ui::EnvironmentActions</name>
    <message>
        <source>New Environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Duplicate Environment</source>
        <translation>Umgebung duplizieren</translation>
    </message>
    <message>
        <source>Choose the environment to duplicate in the toolbar first.</source>
        <translation>Wählen Sie zuerst in der Werkzeugleiste die Umgebung, die dupliziert werden soll.</translation>
    </message>
    <message>
        <source>Name of the %1 copy of %2 (its keys are not copied):</source>
        <translation>Name der %1-Kopie von %2 (ihre Schlüssel werden nicht kopiert):</translation>
    </message>
    <message>
        <source>The workspace already has an environment called &apos;%1&apos;.</source>
        <translation>Der Arbeitsbereich hat bereits eine Umgebung namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Value of %1 for %2 (leave empty to add it later under Keys → Manage Keys):</source>
        <translation>Wert von %1 für %2 (leer lassen, um ihn später unter Schlüssel → Schlüssel verwalten hinzuzufügen):</translation>
    </message>
    <message>
        <source>Saved environment %1.</source>
        <translation>Umgebung %1 gespeichert.</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Choose an environment first.</source>
        <translation>Wählen Sie zuerst eine Umgebung.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::EnvironmentAuthForm</name>
    <message>
        <source>Requests are sent without credentials.</source>
        <translation>Anfragen werden ohne Zugangsdaten gesendet.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value template</source>
        <translation>Wertvorlage</translation>
    </message>
    <message>
        <source>Query item</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <source>Basic user</source>
        <translation>Basic-Benutzer</translation>
    </message>
    <message>
        <source>Basic password</source>
        <translation>Basic-Passwort</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>More scopes</source>
        <translation>Weitere Scopes</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Token field</source>
        <translation>Token-Feld</translation>
    </message>
    <message>
        <source>Lifetime field</source>
        <translation>Laufzeit-Feld</translation>
    </message>
    <message>
        <source>Ask for consent every time (prompt=consent)</source>
        <translation>Jedes Mal um Zustimmung bitten (prompt=consent)</translation>
    </message>
    <message>
        <source>Way to authenticate</source>
        <translation>Art der Anmeldung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Headers, query values or Basic (API key)</source>
        <translation>Header, Abfragewerte oder Basic (API-Schlüssel)</translation>
    </message>
    <message>
        <source>OAuth 2.0 sign-in in the browser (authorization code + PKCE)</source>
        <translation>OAuth-2.0-Anmeldung im Browser (Autorisierungscode + PKCE)</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials</source>
        <translation>OAuth 2.0 Client Credentials</translation>
    </message>
    <message>
        <source>API key exchanged for a token</source>
        <translation>API-Schlüssel gegen ein Token getauscht</translation>
    </message>
    <message>
        <source>e.g. {{secret.api_key}}</source>
        <translation>z. B. {{secret.api_key}}</translation>
    </message>
    <message>
        <source>empty for none</source>
        <translation>leer für keines</translation>
    </message>
    <message>
        <source>Scopes to ask for</source>
        <translation>Anzufragende Scopes</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>Was er erlaubt</translation>
    </message>
    <message>
        <source>other scopes, separated by spaces</source>
        <translation>weitere Scopes, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Form (application/x-www-form-urlencoded)</source>
        <translation>Formular (application/x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Token request body</source>
        <translation>Inhalt der Token-Anfrage</translation>
    </message>
    <message>
        <source>Basic header</source>
        <translation>Basic-Header</translation>
    </message>
    <message>
        <source>In the body</source>
        <translation>Im Inhalt</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Token lifetime when the response does not say</source>
        <translation>Token-Laufzeit, wenn die Antwort keine nennt</translation>
    </message>
    <message>
        <source>&amp;Way:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Query values:</source>
        <translation>Abfragewerte:</translation>
    </message>
    <message>
        <source>Basic user:</source>
        <translation>Basic-Benutzer:</translation>
    </message>
    <message>
        <source>Basic password:</source>
        <translation>Basic-Passwort:</translation>
    </message>
    <message>
        <source>Authorization URL:</source>
        <translation>Autorisierungs-URL:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>Token-URL:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>More scopes:</source>
        <translation>Weitere Scopes:</translation>
    </message>
    <message>
        <source>Token request headers:</source>
        <translation>Header der Token-Anfrage:</translation>
    </message>
    <message>
        <source>Token request parameters:</source>
        <translation>Parameter der Token-Anfrage:</translation>
    </message>
    <message>
        <source>Token request body:</source>
        <translation>Inhalt der Token-Anfrage:</translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation>Client-Authentifizierung:</translation>
    </message>
    <message>
        <source>Token field:</source>
        <translation>Token-Feld:</translation>
    </message>
    <message>
        <source>Lifetime field:</source>
        <translation>Laufzeit-Feld:</translation>
    </message>
    <message>
        <source>Default lifetime:</source>
        <translation>Standardlaufzeit:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>found from the authorization URL; e.g. https://login.example.com/realms/acme</source>
        <translation>aus der Autorisierungs-URL ermittelt; z. B. https://login.example.com/realms/acme</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Key that signs the JWT</source>
        <translation>Schlüssel, der das JWT signiert</translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation>Schlüssel-ID (kid)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Signed JWT (Keyway signs a token for each request)</source>
        <translation>Signiertes JWT (Keyway signiert für jede Anfrage ein Token)</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>HS256 (shared secret)</source>
        <translation>HS256 (gemeinsames Geheimnis)</translation>
    </message>
    <message>
        <source>HS384 (shared secret)</source>
        <translation>HS384 (gemeinsames Geheimnis)</translation>
    </message>
    <message>
        <source>HS512 (shared secret)</source>
        <translation>HS512 (gemeinsames Geheimnis)</translation>
    </message>
    <message>
        <source>RS256 (RSA private key, PEM)</source>
        <translation>RS256 (privater RSA-Schlüssel, PEM)</translation>
    </message>
    <message>
        <source>ES256 (P-256 private key, PEM)</source>
        <translation>ES256 (privater P-256-Schlüssel, PEM)</translation>
    </message>
    <message>
        <source>a key of this environment, e.g. client_secret</source>
        <translation>ein Schlüssel dieser Umgebung, z. B. client_secret</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithmus:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Signaturschlüssel:</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Claims:</translation>
    </message>
    <message>
        <source>Put {{jwt}} where the token goes: a header below (Authorization: Bearer {{jwt}}),
a query value, or the request URL (/login/token/{{jwt}}).
Claims may use {{$timestamp}}, {{$timestamp+300}} and {{$uuid}}, fresh for every request.</source>
        <translation>Setzen Sie {{jwt}} dorthin, wo das Token hingehört: in einen Header unten
(Authorization: Bearer {{jwt}}), einen Query-Wert oder die Anfrage-URL (/login/token/{{jwt}}).
Claims können {{$timestamp}}, {{$timestamp+300}} und {{$uuid}} verwenden, für jede Anfrage neu.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::EnvironmentBar</name>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Firmen-ID</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <source>Sent in the %1 header</source>
        <translation>Gesendet im Header %1</translation>
    </message>
</context>
<context>
    <name>keyway::ui::EnvironmentEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Allow plain http:// to hosts other than this machine (credentials travel unencrypted)</source>
        <translation>Unverschlüsseltes http:// zu anderen Rechnern erlauben (Zugangsdaten reisen unverschlüsselt)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Write the environment file (Ctrl+S)</source>
        <translation>Umgebungsdatei schreiben (Strg+S)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Company IDs</source>
        <translation>Firmen-IDs</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>company header</source>
        <translation>Firmen-Header</translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation>Name der Umgebung</translation>
    </message>
    <message>
        <source>Kind of environment</source>
        <translation>Art der Umgebung</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Header that carries the company ID</source>
        <translation>Header, der die Firmen-ID trägt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Make Default</source>
        <translation>Als Standard</translation>
    </message>
    <message>
        <source>Sent in the &amp;header:</source>
        <translation>Gesendet im &amp;Header:</translation>
    </message>
    <message>
        <source>Double-click an ID to rename it; the default (bold) is sent unless you pick another in the toolbar.</source>
        <translation>Doppelklick auf eine ID benennt sie um; gesendet wird die Standard-ID (fett), außer Sie wählen in der Werkzeugleiste eine andere.</translation>
    </message>
    <message>
        <source>The workspace already has an environment called &apos;%1&apos;.</source>
        <translation>Der Arbeitsbereich hat bereits eine Umgebung namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unsaved changes — Ctrl+S writes them.</source>
        <translation>Ungespeicherte Änderungen — Strg+S schreibt sie.</translation>
    </message>
    <message>
        <source>Cannot be saved yet: %1</source>
        <translation>Kann noch nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Save Environment</source>
        <translation>Umgebung speichern</translation>
    </message>
    <message>
        <source>trusted origins</source>
        <translation>vertrauenswürdige Ursprünge</translation>
    </message>
    <message>
        <source>Other origins that get the credentials</source>
        <translation>Weitere Ursprünge, die die Zugangsdaten erhalten</translation>
    </message>
    <message>
        <source>&amp;Trusted origins:</source>
        <translation>&amp;Vertrauenswürdige Ursprünge:</translation>
    </message>
    <message>
        <source>The credentials (authentication, company ID and cookies) go only to the base URL&apos;s origin and to these, separated by spaces; requests anywhere else go without them.</source>
        <translation>Die Zugangsdaten (Anmeldung, Firmen-ID und Cookies) gehen nur an den Ursprung der Basis-URL und an diese, durch Leerzeichen getrennt; Anfragen an andere Ziele gehen ohne sie.</translation>
    </message>
    <message>
        <source>Client certificates
(mutual TLS):</source>
        <translation>Client-Zertifikate
(gegenseitiges TLS):</translation>
    </message>
</context>
<context>
    <name>keyway::ui::EnvironmentFiles</name>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>The environment file of %1 is deleted. Requests stay; Undo (Ctrl+Z) brings the environment back as long as its keys are kept.</source>
        <translation>Die Umgebungsdatei von %1 wird gelöscht. Anfragen bleiben; Rückgängig (Strg+Z) holt die Umgebung zurück, solange ihre Schlüssel bleiben.</translation>
    </message>
    <message>
        <source>Delete Environment</source>
        <translation>Umgebung löschen</translation>
    </message>
    <message>
        <source>Remove the keys of %1 too?</source>
        <translation>Auch die Schlüssel von %1 entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n key(s) in the system keychain. Remove those as well? Removed keys cannot be brought back, and the deletion can then not be undone.</source>
        <translation>
            <numerusform>%1 hat %n Schlüssel im Schlüsselbund des Systems. Auch diesen entfernen? Entfernte Schlüssel lassen sich nicht zurückholen, und das Löschen kann dann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%1 hat %n Schlüssel im Schlüsselbund des Systems. Auch diese entfernen? Entfernte Schlüssel lassen sich nicht zurückholen, und das Löschen kann dann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Keys Too</source>
        <translation>Schlüssel auch entfernen</translation>
    </message>
    <message>
        <source>Delete environment “%1”</source>
        <translation>Umgebung „%1“ löschen</translation>
    </message>
    <message>
        <source>Deleted %1; its keys are kept — Ctrl+Z brings it back</source>
        <translation>%1 gelöscht; die Schlüssel bleiben — Strg+Z holt die Umgebung zurück</translation>
    </message>
    <message>
        <source>Deleted %1 and its keys.</source>
        <translation>%1 samt Schlüsseln gelöscht.</translation>
    </message>
    <message>
        <source>%1 could not be removed from the keychain: %2</source>
        <translation>%1 konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>keyway::ui::EnvironmentKeysSection</name>
    <message>
        <source>Keys of this environment</source>
        <translation>Schlüssel dieser Umgebung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Add Key…</source>
        <translation>Schlüssel hinzufügen…</translation>
    </message>
    <message>
        <source>Set or Rotate…</source>
        <translation>Setzen oder erneuern…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Reveal (%1 s)</source>
        <translation>Anzeigen (%1 s)</translation>
    </message>
    <message>
        <source>Values live in the system keychain and are never shown here. Use them in requests as {{secret.NAME}}.</source>
        <translation>Die Werte liegen im Schlüsselbund des Systems und werden hier nie angezeigt. In Anfragen als {{secret.NAME}} verwenden.</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Name of the key (used as {{secret.NAME}}):</source>
        <translation>Name des Schlüssels (verwendet als {{secret.NAME}}):</translation>
    </message>
    <message>
        <source>%1 already has a key called &apos;%2&apos;.</source>
        <translation>%1 hat bereits einen Schlüssel namens „%2“.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>missing — Set… stores it</source>
        <translation>fehlt — „Setzen…“ speichert ihn</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Value of %1 for %2; it goes straight into the system keychain:</source>
        <translation>Wert von %1 für %2; er geht direkt in den Schlüsselbund des Systems:</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>The value of %1 is deleted from the keychain and cannot be brought back; requests that use {{secret.%1}} will ask for it.</source>
        <translation>Der Wert von %1 wird aus dem Schlüsselbund gelöscht und lässt sich nicht zurückholen; Anfragen mit {{secret.%1}} fragen danach.</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ErrorCard</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the error code, message and request id</source>
        <translation>Fehlercode, Meldung und Anfrage-ID kopieren</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry after %n second(s)</source>
        <translation>
            <numerusform>Erneut versuchen nach %n Sekunde</numerusform>
            <numerusform>Erneut versuchen nach %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::EventStreamModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>keyway::ui::EventStreamView</name>
    <message>
        <source>Server-sent events</source>
        <translation>Server-Sent Events</translation>
    </message>
    <message>
        <source>Data of the selected event</source>
        <translation>Daten des gewählten Ereignisses</translation>
    </message>
    <message>
        <source>Select an event to see its data.</source>
        <translation>Wählen Sie ein Ereignis, um seine Daten zu sehen.</translation>
    </message>
    <message>
        <source>%1; the events after it are not listed (the Raw tab has the whole body)</source>
        <translation>%1; die folgenden Ereignisse werden nicht aufgeführt (der Reiter Roh enthält den ganzen Text)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>the oldest %1 left the list</source>
        <translation>die ältesten %1 sind aus der Liste entfernt</translation>
    </message>
    <message>
        <source>following the newest</source>
        <translation>folgt dem neuesten</translation>
    </message>
    <message>
        <source>scrolled up: not following (scroll to the end to follow)</source>
        <translation>hochgescrollt: folgt nicht (zum Ende scrollen, um zu folgen)</translation>
    </message>
</context>
<context>
    <name>keyway::ui::GraphQlEditor</name>
    <message>
        <source>GraphQL query</source>
        <translation>GraphQL-Abfrage</translation>
    </message>
    <message>
        <source>query { … }  — brackets are matched and checked as you type</source>
        <translation>query { … }  — Klammern werden beim Tippen zugeordnet und geprüft</translation>
    </message>
    <message>
        <source>GraphQL variables (JSON)</source>
        <translation>GraphQL-Variablen (JSON)</translation>
    </message>
    <message>
        <source>{&quot;first&quot;: 10}  — variables as JSON; {{variables}} work in it</source>
        <translation>{&quot;first&quot;: 10}  — Variablen als JSON; {{variables}} funktionieren darin</translation>
    </message>
    <message>
        <source>Operation to run</source>
        <translation>Auszuführende Operation</translation>
    </message>
    <message>
        <source>Variables:</source>
        <translation>Variablen:</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operation:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>the only one</source>
        <translation>die einzige</translation>
    </message>
    <message>
        <source>The variables are not a JSON object (%1 at character %2).</source>
        <translation>Die Variablen sind kein JSON-Objekt (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>Fetch &amp;Schema</source>
        <translation>&amp;Schema abrufen</translation>
    </message>
    <message>
        <source>No schema yet: Fetch Schema asks the server, then fields complete as you type.</source>
        <translation>Noch kein Schema: „Schema abrufen“ fragt den Server, dann werden Felder beim Tippen ergänzt.</translation>
    </message>
    <message>
        <source>Ask the server for its schema (introspection), for completion and the docs panel</source>
        <translation>Den Server nach seinem Schema fragen (Introspektion), für die Ergänzung und die Dokumentation</translation>
    </message>
    <message>
        <source>Schema types</source>
        <translation>Typen des Schemas</translation>
    </message>
    <message>
        <source>Type or field</source>
        <translation>Typ oder Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Docs</source>
        <translation>&amp;Doku</translation>
    </message>
</context>
<context>
    <name>keyway::ui::GraphQlSchemaLoader</name>
    <message numerus="yes">
        <source>Schema of %1: %n type(s), fetched %2</source>
        <translation>
            <numerusform>Schema von %1: %n Typ, abgerufen %2</numerusform>
            <numerusform>Schema von %1: %n Typen, abgerufen %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No schema of %1 yet.</source>
        <translation>Noch kein Schema von %1.</translation>
    </message>
    <message>
        <source>Asking %1 for its schema…</source>
        <translation>%1 wird nach seinem Schema gefragt…</translation>
    </message>
    <message>
        <source>The schema could not be fetched: %1</source>
        <translation>Das Schema konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>No schema: %1</source>
        <translation>Kein Schema: %1</translation>
    </message>
    <message>
        <source>No schema: %1 answered HTTP %2</source>
        <translation>Kein Schema: %1 antwortete mit HTTP %2</translation>
    </message>
    <message numerus="yes">
        <source>Schema of %1: %n type(s), fetched now</source>
        <translation>
            <numerusform>Schema von %1: %n Typ, gerade abgerufen</numerusform>
            <numerusform>Schema von %1: %n Typen, gerade abgerufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::HeaderTableModel</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>keyway::ui::HistoryModel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1
in %2</source>
        <translation>%1
in %2</translation>
    </message>
</context>
<context>
    <name>keyway::ui::HistoryPanel</name>
    <message>
        <source>Clear History…</source>
        <translation>Verlauf leeren…</translation>
    </message>
    <message>
        <source>Clear history?</source>
        <translation>Verlauf leeren?</translation>
    </message>
    <message>
        <source>Every saved request and response in the history is deleted.</source>
        <translation>Alle gespeicherten Anfragen und Antworten im Verlauf werden gelöscht.</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Export as HAR…</source>
        <translation>Als HAR exportieren…</translation>
    </message>
    <message>
        <source>Save the entries shown (matching the search) as an HTTP Archive; keys stay masked.</source>
        <translation>Die angezeigten Einträge (passend zur Suche) als HTTP-Archiv speichern; Schlüssel bleiben maskiert.</translation>
    </message>
    <message>
        <source>Export as HAR</source>
        <translation>Als HAR exportieren</translation>
    </message>
    <message>
        <source>No history entries to export.</source>
        <translation>Keine Verlaufseinträge zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>History of sent requests</source>
        <translation>Verlauf der gesendeten Anfragen</translation>
    </message>
    <message>
        <source>Search URL, status, environment</source>
        <translation>URL, Status, Umgebung suchen</translation>
    </message>
</context>
<context>
    <name>keyway::ui::KeyManagerDialog</name>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>API key (exchanged for a token)</source>
        <translation>API-Schlüssel (gegen ein Token getauscht)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Keys — %1</source>
        <translation>Schlüssel — %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Rotieren…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Copy (%1 s)</source>
        <translation>&amp;Kopieren (%1 s)</translation>
    </message>
    <message>
        <source>R&amp;eveal (%1 s)</source>
        <translation>&amp;Anzeigen (%1 s)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Remind me to rotate keys &amp;older than</source>
        <translation>Erinnern, Schlüssel zu rotieren, die &amp;älter sind als</translation>
    </message>
    <message>
        <source>this key belongs to the other kind of environment</source>
        <translation>dieser Schlüssel gehört zur anderen Art von Umgebung</translation>
    </message>
    <message>
        <source>not set in the keychain</source>
        <translation>nicht im Schlüsselbund gesetzt</translation>
    </message>
    <message numerus="yes">
        <source>older than %n day(s): rotate it</source>
        <translation>
            <numerusform>älter als %n Tag: rotieren Sie ihn</numerusform>
            <numerusform>älter als %n Tage: rotieren Sie ihn</numerusform>
        </translation>
    </message>
    <message>
        <source>OAuth tokens</source>
        <translation>OAuth-Tokens</translation>
    </message>
    <message>
        <source>access token expires %1</source>
        <translation>Access-Token läuft ab %1</translation>
    </message>
    <message>
        <source>Key dates are not shown: %1</source>
        <translation>Schlüsseldaten werden nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>The workspace has no environment yet. Create one with Keys → New Environment.</source>
        <translation>Der Arbeitsbereich hat noch keine Umgebung. Legen Sie eine an mit Schlüssel → Neue Umgebung.</translation>
    </message>
    <message>
        <source>Name of the new secret in %1 (use it as {{secret.name}}):</source>
        <translation>Name des neuen Secrets in %1 (verwenden Sie es als {{secret.name}}):</translation>
    </message>
    <message>
        <source>%1 already has a secret called %2; use Rotate to change its value.</source>
        <translation>%1 hat bereits ein Secret namens %2; ändern Sie seinen Wert mit Rotieren.</translation>
    </message>
    <message>
        <source>Value of %1 in %2:</source>
        <translation>Wert von %1 in %2:</translation>
    </message>
    <message>
        <source>Rotate Key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <source>OAuth tokens are renewed by signing in again (Sign In in the toolbar), not by hand.</source>
        <translation>OAuth-Tokens werden durch erneutes Anmelden erneuert (Anmelden in der Werkzeugleiste), nicht von Hand.</translation>
    </message>
    <message>
        <source>New value for %1 in %2 (the old one is removed from the keychain):</source>
        <translation>Neuer Wert für %1 in %2 (der alte wird aus dem Schlüsselbund entfernt):</translation>
    </message>
    <message>
        <source>Verify Key</source>
        <translation>Schlüssel prüfen</translation>
    </message>
    <message>
        <source>Check the new value of %1 with the API now?</source>
        <translation>Den neuen Wert von %1 jetzt mit der API prüfen?</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Sign out of %1? Its OAuth tokens are removed from the keychain.</source>
        <translation>Von %1 abmelden? Die OAuth-Tokens werden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Delete %1 of %2 from the keychain? This cannot be undone.</source>
        <translation>%1 von %2 aus dem Schlüsselbund löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Keys of this workspace</source>
        <translation>Schlüssel dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <source>Company IDs: %1</source>
        <translation>Firmen-IDs: %1</translation>
    </message>
    <message>
        <source>JWT signing key</source>
        <translation>JWT-Signaturschlüssel</translation>
    </message>
</context>
<context>
    <name>keyway::ui::KeyTableModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Company IDs</source>
        <translation>Firmen-IDs</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>keyway::ui::LargeTextView</name>
    <message numerus="yes">
        <source> … %n line(s) %1</source>
        <translation>
            <numerusform> … %n Zeile %1</numerusform>
            <numerusform> … %n Zeilen %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Unfold</source>
        <translation>Aufklappen</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Zuklappen</translation>
    </message>
    <message>
        <source>Unfold All</source>
        <translation>Alles aufklappen</translation>
    </message>
    <message>
        <source>Copy Line</source>
        <translation>Zeile kopieren</translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <source>Copy All (too large: use Save Body to File)</source>
        <translation>Alles kopieren (zu groß: Antworttext in Datei speichern verwenden)</translation>
    </message>
    <message>
        <source>Save Body to File…</source>
        <translation>Antworttext in Datei speichern…</translation>
    </message>
</context>
<context>
    <name>keyway::ui::LocalSandbox</name>
    <message>
        <source>Local Sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>Die Sandbox konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>Local sandbox running on %1</source>
        <translation>Lokale Sandbox läuft auf %1</translation>
    </message>
    <message>
        <source>The demo keys could not be stored in the keychain: %1</source>
        <translation>Die Demo-Schlüssel konnten nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>keyway::ui::MainWindow</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Firmen-ID</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Request</source>
        <translation>&amp;Neue Anfrage</translation>
    </message>
    <message>
        <source>New &amp;Workspace…</source>
        <translation>Neuer &amp;Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Reload Workspace</source>
        <translation>Arbeitsbereich neu &amp;laden</translation>
    </message>
    <message>
        <source>Try the Local &amp;Sandbox</source>
        <translation>Lokale Sandbox aus&amp;probieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>&amp;Find in Response</source>
        <translation>In &amp;Antwort suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Filter Workspace</source>
        <translation>Arbeitsbereich &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Keyway</source>
        <translation>Über &amp;Keyway</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation>Mein Arbeitsbereich</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>%1 — Keyway</source>
        <translation>%1 — Keyway</translation>
    </message>
    <message>
        <source>Folder for the New Workspace</source>
        <translation>Ordner für den neuen Arbeitsbereich</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspace name:</source>
        <translation>Name des Arbeitsbereichs:</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>%1 is not a Keyway workspace (it has no %2).</source>
        <translation>%1 ist kein Keyway-Arbeitsbereich (es fehlt %2).</translation>
    </message>
    <message>
        <source>About Keyway</source>
        <translation>Über Keyway</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyway %1&lt;/h3&gt;&lt;p&gt;API explorer and key manager. Secrets stay in your system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keyway %1&lt;/h3&gt;&lt;p&gt;API-Explorer und Schlüsselverwaltung. Secrets bleiben in Ihrem System-Schlüsselbund.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quit Keyway?</source>
        <translation>Keyway beenden?</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Trotzdem beenden</translation>
    </message>
    <message>
        <source>Skipped provider presets: %1</source>
        <translation>Übersprungene Anbietervorlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Workspace…</source>
        <translation>Arbeitsbereich e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Environment…</source>
        <translation>&amp;Umgebung exportieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Paste cURL Command</source>
        <translation>cURL-Befehl &amp;einfügen</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <source>&amp;Generate Code…</source>
        <translation>Code e&amp;rzeugen…</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>New &amp;Environment…</source>
        <translation>Neue &amp;Umgebung…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Environment as the Other Kind…</source>
        <translation>Umgebung als andere Art &amp;duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>&amp;Manage Keys…</source>
        <translation>Schlüssel &amp;verwalten…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Environment %1 is ready.</source>
        <translation>Umgebung %1 ist bereit.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Reiter s&amp;chließen</translation>
    </message>
    <message>
        <source>Reopen Closed &amp;Tab</source>
        <translation>Geschlossenen &amp;Reiter wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Reiter</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorheriger Reiter</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Anordnung</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatisch</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>S&amp;tacked</source>
        <translation>&amp;Übereinander</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes in %n open tab(s).</source>
        <translation>
            <numerusform>Ungespeicherte Änderungen in %n offenen Reiter.</numerusform>
            <numerusform>Ungespeicherte Änderungen in %n offenen Reitern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ed&amp;it Environment</source>
        <translation>Umgebung bearbe&amp;iten</translation>
    </message>
    <message>
        <source>The proxy password was moved from the settings file into the keychain.</source>
        <translation>Das Proxy-Passwort wurde aus der Einstellungsdatei in den Schlüsselbund verschoben.</translation>
    </message>
    <message>
        <source>&amp;Cookies…</source>
        <translation>&amp;Cookies…</translation>
    </message>
    <message>
        <source>&amp;Run Folder…</source>
        <translation>Ordner aus&amp;führen…</translation>
    </message>
    <message>
        <source>Captured Values</source>
        <translation>Übernommene Werte</translation>
    </message>
    <message>
        <source>Kept in the environment: %1</source>
        <translation>In der Umgebung gespeichert: %1</translation>
    </message>
    <message>
        <source>Save Response &amp;Body…</source>
        <translation>Antwort&amp;text speichern…</translation>
    </message>
</context>
<context>
    <name>keyway::ui::MultipartEditor</name>
    <message>
        <source>Multipart form parts</source>
        <translation>Teile des Multipart-Formulars</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value or file</source>
        <translation>Wert oder Datei</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Add Text Part</source>
        <translation>Textteil hinzufügen</translation>
    </message>
    <message>
        <source>Add File…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Unticked parts are not sent</source>
        <translation>Nicht angehakte Teile werden nicht gesendet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Read from disk while sending</source>
        <translation>Wird beim Senden von der Festplatte gelesen</translation>
    </message>
    <message>
        <source>A template: {{variables}} and {{secret.NAME}} work</source>
        <translation>Eine Vorlage: {{variables}} und {{secret.NAME}} funktionieren</translation>
    </message>
    <message>
        <source>File Part</source>
        <translation>Dateiteil</translation>
    </message>
</context>
<context>
    <name>keyway::ui::NewEnvironmentWizard</name>
    <message>
        <source>&amp;Show the values</source>
        <translation>Werte &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Verify the keys when they are stored</source>
        <translation>Schlüssel nach dem Speichern &amp;prüfen</translation>
    </message>
    <message>
        <source>New Environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <source>Storing the environment</source>
        <translation>Umgebung wird gespeichert</translation>
    </message>
    <message>
        <source>Which API?</source>
        <translation>Welche API?</translation>
    </message>
    <message>
        <source>A preset fills in the addresses, the way to authenticate and how to check a key.</source>
        <translation>Eine Vorlage füllt die Adressen, die Art der Authentifizierung und die Schlüsselprüfung aus.</translation>
    </message>
    <message>
        <source>Sandbox or production</source>
        <translation>Sandbox oder Produktion</translation>
    </message>
    <message>
        <source>Production environments show a red banner and ask before anything that writes.</source>
        <translation>Produktionsumgebungen zeigen ein rotes Band und fragen vor allem nach, was Daten ändert.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>Was er erlaubt</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type or paste them here: they go straight into the system keychain, never into a file.</source>
        <translation>Tippen oder fügen Sie sie hier ein: sie gehen direkt in den System-Schlüsselbund, nie in eine Datei.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Nothing else is needed for this way of authenticating.</source>
        <translation>Für diese Art der Authentifizierung wird nichts weiter benötigt.</translation>
    </message>
    <message>
        <source>Choose the API this environment talks to.</source>
        <translation>Wählen Sie die API, mit der diese Umgebung spricht.</translation>
    </message>
    <message>
        <source>The workspace already has an environment called &apos;%1&apos;.</source>
        <translation>Der Arbeitsbereich hat bereits eine Umgebung namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>Storing the keys of %1 in the keychain…</source>
        <translation>Die Schlüssel von %1 werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>The environment file could not be written: %1</source>
        <translation>Die Umgebungsdatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 (%2) with %n key(s) in the keychain.</source>
        <translation>
            <numerusform>%1 (%2) mit %n Schlüssel im Schlüsselbund angelegt.</numerusform>
            <numerusform>%1 (%2) mit %n Schlüsseln im Schlüsselbund angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Nothing was created. Go back to try again.</source>
        <translation>Es wurde nichts angelegt. Gehen Sie zurück, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Provider presets</source>
        <translation>Anbietervorlagen</translation>
    </message>
    <message>
        <source>Scopes to ask for</source>
        <translation>Anzufragende Scopes</translation>
    </message>
    <message>
        <source>%1 — unverified</source>
        <translation>%1 — nicht geprüft</translation>
    </message>
    <message>
        <source>What the API needs besides the keys. Everything here can be changed later in the environment&apos;s editor.</source>
        <translation>Was die API außer den Schlüsseln braucht. Alles hier lässt sich später im Editor der Umgebung ändern.</translation>
    </message>
    <message>
        <source>%1, …</source>
        <translation>%1, …</translation>
    </message>
    <message>
        <source>Several? Separate them with commas; the first is sent unless you pick another.</source>
        <translation>Mehrere? Durch Kommas trennen; gesendet wird die erste, außer Sie wählen eine andere.</translation>
    </message>
    <message>
        <source>Several? Separate them with spaces or commas.</source>
        <translation>Mehrere? Durch Leerzeichen oder Kommas trennen.</translation>
    </message>
    <message>
        <source>The %1 looks like a key for the other kind of environment (%2 is %3). Check you pasted the right one.</source>
        <translation>%1: sieht aus wie ein Schlüssel für die andere Art von Umgebung (%2 ist %3). Prüfen Sie, ob Sie den richtigen eingefügt haben.</translation>
    </message>
</context>
<context>
    <name>keyway::ui::PairTable</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Ticked: the value is sent as JSON (a number, true, false, null, [..] or {..}) in a JSON body</source>
        <translation>Angehakt: der Wert wird in einem JSON-Text als JSON gesendet (eine Zahl, true, false, null, [..] oder {..})</translation>
    </message>
    <message>
        <source>Ticked: the value is sent as JSON in a JSON body</source>
        <translation>Angehakt: der Wert wird in einem JSON-Text als JSON gesendet</translation>
    </message>
    <message>
        <source>%1 (tick: JSON value)</source>
        <translation>%1 (Haken: JSON-Wert)</translation>
    </message>
</context>
<context>
    <name>keyway::ui::PreviewModel</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Show this value for 30 seconds</source>
        <translation>Diesen Wert 30 Sekunden lang anzeigen</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Gesendet als</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ProductionBanner</name>
    <message>
        <source>PRODUCTION — %1 — requests change live data</source>
        <translation>PRODUKTION — %1 — Anfragen ändern echte Daten</translation>
    </message>
</context>
<context>
    <name>keyway::ui::RequestComposer</name>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Params</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>&amp;Auth</source>
        <translation>&amp;Auth</translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Query parameters of the URL; {{variables}} allowed.</source>
        <translation>Query-Parameter der URL; {{variables}} erlaubt.</translation>
    </message>
    <message>
        <source>Inherit from the environment</source>
        <translation>Von der Umgebung übernehmen</translation>
    </message>
    <message>
        <source>No authentication for this request</source>
        <translation>Keine Authentifizierung für diese Anfrage</translation>
    </message>
    <message>
        <source>Headers for this request instead</source>
        <translation>Stattdessen Header für diese Anfrage</translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Use {{secret.NAME}} for keys; they are filled in only when sending.</source>
        <translation>Verwenden Sie {{secret.NAME}} für Schlüssel; sie werden erst beim Senden eingesetzt.</translation>
    </message>
    <message>
        <source>The environment&apos;s credentials (API key, sign-in) are used unless this request opts out or brings its own.</source>
        <translation>Die Zugangsdaten der Umgebung (API-Schlüssel, Anmeldung) werden verwendet, außer diese Anfrage verzichtet darauf oder bringt eigene mit.</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Form (url-encoded)</source>
        <translation>Formular (url-kodiert)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Request body; JSON is checked as you type</source>
        <translation>Body der Anfrage; JSON wird beim Tippen geprüft</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>File whose bytes are the body</source>
        <translation>Datei, deren Bytes der Body sind</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Body File</source>
        <translation>Body-Datei</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>Gültiges JSON</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>Ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>Authentication of this request</source>
        <translation>Authentifizierung dieser Anfrage</translation>
    </message>
    <message>
        <source>Authentication headers of this request</source>
        <translation>Authentifizierungs-Header dieser Anfrage</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Header der Anfrage</translation>
    </message>
    <message>
        <source>Kind of body</source>
        <translation>Art des Bodys</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Body der Anfrage</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Formularfelder</translation>
    </message>
    <message>
        <source>Body file</source>
        <translation>Body-Datei</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Multipart form</source>
        <translation>Multipart-Formular</translation>
    </message>
    <message>
        <source>GraphQL</source>
        <translation>GraphQL</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>P&amp;rüfungen</translation>
    </message>
    <message>
        <source>/path or full URL; {{variables}} allowed</source>
        <translation>/Pfad oder ganze URL; {{variables}} erlaubt</translation>
    </message>
</context>
<context>
    <name>keyway::ui::RequestFiles</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Save Request</source>
        <translation>Anfrage speichern</translation>
    </message>
    <message>
        <source>Request name (folder/name for a collection):</source>
        <translation>Name der Anfrage (Ordner/Name für eine Sammlung):</translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation>„%1“ speichern</translation>
    </message>
    <message>
        <source>Rename Request</source>
        <translation>Anfrage umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>A request named &apos;%1&apos; already exists there.</source>
        <translation>Dort gibt es bereits eine Anfrage namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>„%1“ umbenennen</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>%1 copy %2</source>
        <translation>%1 Kopie %2</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Deleted “%1” — Ctrl+Z restores it</source>
        <translation>„%1“ gelöscht — Strg+Z stellt sie wieder her</translation>
    </message>
    <message>
        <source>Move Request</source>
        <translation>Anfrage verschieben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has a request named &apos;%2&apos;.</source>
        <translation>„%1“ hat bereits eine Anfrage namens „%2“.</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Ordnername:</translation>
    </message>
    <message>
        <source>A folder name cannot contain &apos;/&apos;.</source>
        <translation>Ein Ordnername darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>New folder “%1”</source>
        <translation>Neuer Ordner „%1“</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <source>Rename folder “%1”</source>
        <translation>Ordner „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Move folder “%1”</source>
        <translation>Ordner „%1“ verschieben</translation>
    </message>
    <message>
        <source>Move “%1” Up</source>
        <translation>„%1“ nach oben verschieben</translation>
    </message>
    <message>
        <source>Move “%1” Down</source>
        <translation>„%1“ nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>keyway::ui::RequestPane</name>
    <message>
        <source>Request as it will be sent</source>
        <translation>Anfrage, wie sie gesendet wird</translation>
    </message>
    <message>
        <source>Exactly what will be sent:</source>
        <translation>Genau das wird gesendet:</translation>
    </message>
    <message>
        <source>%1 looks like a key for the other kind of environment (check sandbox vs production)</source>
        <translation>%1 sieht nach einem Schlüssel für die andere Art von Umgebung aus (prüfen Sie Sandbox und Produktion)</translation>
    </message>
    <message>
        <source>Send to production?</source>
        <translation>An Produktion senden?</translation>
    </message>
    <message>
        <source>%1 %2 will change live data in the production environment &apos;%3&apos;.</source>
        <translation>%1 %2 ändert echte Daten in der Produktionsumgebung &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Send to Production</source>
        <translation>An Produktion senden</translation>
    </message>
    <message>
        <source>choose an environment first</source>
        <translation>wählen Sie zuerst eine Umgebung</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop waiting for the response (Esc)</source>
        <translation>Nicht länger auf die Antwort warten (Esc)</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>Wire (!)</source>
        <translation>Leitung (!)</translation>
    </message>
    <message>
        <source>Wire (%1)</source>
        <translation>Leitung (%1)</translation>
    </message>
    <message>
        <source>The request cannot be built yet; the Wire tab says why</source>
        <translation>Die Anfrage lässt sich noch nicht bauen; der Reiter „Leitung“ sagt, warum</translation>
    </message>
    <message numerus="yes">
        <source>Exactly what will be sent: the request line and %n header(s)</source>
        <translation>
            <numerusform>Genau das wird gesendet: die Anfragezeile und %n Header</numerusform>
            <numerusform>Genau das wird gesendet: die Anfragezeile und %n Header</numerusform>
        </translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>Set %1…</source>
        <translation>%1 setzen…</translation>
    </message>
    <message>
        <source>Store the missing key in the keychain</source>
        <translation>Den fehlenden Schlüssel im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>The environment&apos;s credentials are not sent to %1: it is not the environment&apos;s origin. Trust it in the environment&apos;s editor (Advanced) if it should get them.</source>
        <translation>Die Zugangsdaten der Umgebung werden nicht an %1 gesendet: Das ist nicht ihr Ursprung. Vertrauen Sie ihm im Editor der Umgebung (Erweitert), wenn er sie erhalten soll.</translation>
    </message>
    <message>
        <source>{{%1}} = %2, captured this session</source>
        <translation>{{%1}} = %2, in dieser Sitzung übernommen</translation>
    </message>
    <message>
        <source>{{%1}} = %2, captured from %3</source>
        <translation>{{%1}} = %2, übernommen aus %3</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ResponseHeadersModel</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ResponseView</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for this response (Esc)</source>
        <translation>Nicht mehr auf diese Antwort warten (Esc)</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>In Datei speichern…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>%1 · %2 s</source>
        <translation>%1 · %2 s</translation>
    </message>
    <message>
        <source>Image %1 × %2</source>
        <translation>Bild %1 × %2</translation>
    </message>
    <message>
        <source>Binary content, %1. The first bytes:

%2</source>
        <translation>Binärer Inhalt, %1. Die ersten Bytes:

%2</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Save Response Body</source>
        <translation>Body der Antwort speichern</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Header der Antwort</translation>
    </message>
    <message>
        <source>Press Send (Ctrl+Enter) and the response appears here.</source>
        <translation>Auf „Senden“ drücken (Strg+Eingabe), dann erscheint die Antwort hier.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1 ms · %2</source>
        <translation>%1 ms · %2</translation>
    </message>
    <message numerus="yes">
        <source>after %n redirect(s)</source>
        <translation>
            <numerusform>nach %n Weiterleitung</numerusform>
            <numerusform>nach %n Weiterleitungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>Ereignisse (%1)</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>angehalten: %1</translation>
    </message>
    <message>
        <source>Saving the body to %1…</source>
        <translation>Speichere den Antworttext in %1…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>In %1 gespeichert</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Empfange…</translation>
    </message>
    <message>
        <source>There is no response body to save yet: send the request first.</source>
        <translation>Es gibt noch keinen Antworttext zum Speichern: Senden Sie zuerst die Anfrage.</translation>
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
        <translation>✔ bestanden</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>keyway::ui::RunnerPage</name>
    <message>
        <source>Captured: %1</source>
        <translation>Übernommen: %1</translation>
    </message>
    <message>
        <source>Stop at the first failure</source>
        <translation>Beim ersten Fehlschlag anhalten</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Nur Fehlschläge</translation>
    </message>
    <message>
        <source>Re-run Failed</source>
        <translation>Fehlgeschlagene erneut ausführen</translation>
    </message>
    <message>
        <source>Save JSON Report…</source>
        <translation>JSON-Bericht speichern…</translation>
    </message>
    <message>
        <source>Save JUnit Report…</source>
        <translation>JUnit-Bericht speichern…</translation>
    </message>
    <message>
        <source>Run results</source>
        <translation>Ergebnisse des Laufs</translation>
    </message>
    <message>
        <source>The selected request&apos;s checks</source>
        <translation>Die Prüfungen der gewählten Anfrage</translation>
    </message>
    <message>
        <source>Select a row to see its checks: expected against actual.</source>
        <translation>Wählen Sie eine Zeile, um ihre Prüfungen zu sehen: Erwartet gegen Erhalten.</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Run: all requests</source>
        <translation>Lauf: alle Anfragen</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Lauf: %1</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Delay between requests</source>
        <translation>Pause zwischen Anfragen</translation>
    </message>
    <message>
        <source>none: the iterations above</source>
        <translation>keine: die Durchläufe oben</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Datendatei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Data File (CSV with a header row, or JSON)</source>
        <translation>Datendatei (CSV mit Kopfzeile oder JSON)</translation>
    </message>
    <message>
        <source>No Data File</source>
        <translation>Keine Datendatei</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>&amp;Durchläufe:</translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation>Daten&amp;datei:</translation>
    </message>
    <message>
        <source>De&amp;lay:</source>
        <translation>&amp;Pause:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), one iteration each: %1</source>
        <translation>
            <numerusform>%n Zeile, je ein Durchlauf: %1</numerusform>
            <numerusform>%n Zeilen, je ein Durchlauf: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an environment first.</source>
        <translation>Wählen Sie zuerst eine Umgebung.</translation>
    </message>
    <message>
        <source>There are no saved requests to run.</source>
        <translation>Es gibt keine gespeicherten Anfragen zum Ausführen.</translation>
    </message>
    <message>
        <source>There are no saved requests in %1.</source>
        <translation>In %1 gibt es keine gespeicherten Anfragen.</translation>
    </message>
    <message>
        <source>The data file cannot be used: %1</source>
        <translation>Die Datendatei kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Run against production?</source>
        <translation>Gegen die Produktion ausführen?</translation>
    </message>
    <message>
        <source>This run changes live data in the production environment &apos;%1&apos;.</source>
        <translation>Dieser Lauf ändert Live-Daten in der Produktionsumgebung „%1“.</translation>
    </message>
    <message>
        <source>Run Against Production</source>
        <translation>Gegen die Produktion ausführen</translation>
    </message>
    <message>
        <source>Running against %1…</source>
        <translation>Läuft gegen %1…</translation>
    </message>
    <message>
        <source> — stopped before the end</source>
        <translation> — vor dem Ende angehalten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop after cancelling the request on its way</source>
        <translation>Nach Abbruch der laufenden Anfrage anhalten</translation>
    </message>
    <message>
        <source>Run the requests against the active environment</source>
        <translation>Die Anfragen gegen die aktive Umgebung ausführen</translation>
    </message>
    <message>
        <source>; %1 ms</source>
        <translation>; %1 ms</translation>
    </message>
    <message>
        <source>Save JSON Report</source>
        <translation>JSON-Bericht speichern</translation>
    </message>
    <message>
        <source>Save JUnit Report</source>
        <translation>JUnit-Bericht speichern</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>HTTP %1 in %2 ms, %n byte(s)</source>
        <translation>
            <numerusform>HTTP %1 in %2 ms, %n Byte</numerusform>
            <numerusform>HTTP %1 in %2 ms, %n Bytes</numerusform>
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
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Find in response body</source>
        <translation>Im Body der Antwort suchen</translation>
    </message>
    <message>
        <source>Find in body (Ctrl+F)</source>
        <translation>Im Body suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Stop searching; the matches found so far stay</source>
        <translation>Suche anhalten; die bisherigen Treffer bleiben</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>stopped, no matches</source>
        <translation>angehalten, keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>stopped, %n match(es) so far</source>
        <translation>
            <numerusform>angehalten, bisher %n Treffer</numerusform>
            <numerusform>angehalten, bisher %n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>wird gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>searching… %1% · %n match(es)</source>
        <translation>
            <numerusform>suche… %1% · %n Treffer</numerusform>
            <numerusform>suche… %1% · %n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>keine Treffer</translation>
    </message>
    <message>
        <source>%1 of the first %2 matches</source>
        <translation>%1 von den ersten %2 Treffern</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
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
        <translation> KiB</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>system settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Certificate Authorities (PEM)</source>
        <translation>Zertifizierungsstellen (PEM)</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation>Zusätzliche &amp;CA-Zertifikate:</translation>
    </message>
    <message>
        <source>A PEM file, for APIs behind a company&apos;s own certificate authority. Certificate errors are never ignored.</source>
        <translation>Eine PEM-Datei, für APIs hinter der eigenen Zertifizierungsstelle einer Firma. Zertifikatsfehler werden nie ignoriert.</translation>
    </message>
    <message>
        <source>Clear copied &amp;secrets after:</source>
        <translation>Kopierte &amp;Secrets löschen nach:</translation>
    </message>
    <message>
        <source>Keep request and response &amp;bodies in the history up to:</source>
        <translation>Bodys von Anfragen und Antworten im Verlauf &amp;behalten bis:</translation>
    </message>
    <message>
        <source>0 keeps no bodies. Secrets are masked in the history either way.</source>
        <translation>0 behält keine Bodys. Secrets sind im Verlauf in jedem Fall maskiert.</translation>
    </message>
    <message>
        <source>Remind me to &amp;rotate keys older than:</source>
        <translation>Erinnern, Schlüssel zu &amp;rotieren, die älter sind als:</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Takes effect the next time Keyway starts.</source>
        <translation>Wirkt ab dem nächsten Start von Keyway.</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>File of extra certificate authorities</source>
        <translation>Datei mit zusätzlichen Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>Takes effect at once.</source>
        <translation>Wirkt sofort.</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s settings (http_proxy, no_proxy). &quot;none&quot;: connect directly. Or http://host:port, socks5://host:port; with user@ before the host when it asks for a password.</source>
        <translation>Leer: die Einstellungen des Systems (http_proxy, no_proxy). „none“: direkt verbinden. Oder http://host:port, socks5://host:port; mit benutzer@ vor dem Host, wenn er ein Passwort verlangt.</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>unverändert (im Schlüsselbund)</translation>
    </message>
    <message>
        <source>only for a proxy URL with user@</source>
        <translation>nur für eine Proxy-URL mit benutzer@</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Proxy-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>no extra file</source>
        <translation>keine zusätzliche Datei</translation>
    </message>
</context>
<context>
    <name>keyway::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Workspace tree</source>
        <translation>Arbeitsbereichsbaum</translation>
    </message>
    <message>
        <source>Open the selected request</source>
        <translation>Die ausgewählte Anfrage öffnen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Nächster / vorheriger Treffer</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation>Eingabe / Umschalt+Eingabe</translation>
    </message>
    <message>
        <source>Keys window</source>
        <translation>Schlüsselfenster</translation>
    </message>
    <message>
        <source>Delete the selected key</source>
        <translation>Den ausgewählten Schlüssel löschen</translation>
    </message>
    <message>
        <source>Copy the selected key (cleared after 30 s)</source>
        <translation>Den ausgewählten Schlüssel kopieren (nach 30 s gelöscht)</translation>
    </message>
    <message>
        <source>Every editor</source>
        <translation>Jeder Editor</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>Rückgängig / Wiederholen</translation>
    </message>
    <message>
        <source>Move the request up / down in its folder&apos;s order</source>
        <translation>Die Anfrage in der Reihenfolge ihres Ordners nach oben / unten verschieben</translation>
    </message>
    <message>
        <source>GraphQL query</source>
        <translation>GraphQL-Abfrage</translation>
    </message>
    <message>
        <source>Offer completions here</source>
        <translation>Hier Vervollständigungen anbieten</translation>
    </message>
    <message>
        <source>Completion list</source>
        <translation>Vervollständigungsliste</translation>
    </message>
    <message>
        <source>Take the chosen word / close the list</source>
        <translation>Das gewählte Wort übernehmen / die Liste schließen</translation>
    </message>
    <message>
        <source>Enter or Tab / Esc</source>
        <translation>Eingabe oder Tab / Esc</translation>
    </message>
    <message>
        <source>Stop a search that is still running</source>
        <translation>Eine noch laufende Suche anhalten</translation>
    </message>
    <message>
        <source>Esc (in Find)</source>
        <translation>Esc (im Suchfeld)</translation>
    </message>
</context>
<context>
    <name>keyway::ui::SignInDialog</name>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>Was er erlaubt</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Sign In — %1</source>
        <translation>Anmelden — %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Keyway opens the sign-in page of &lt;b&gt;%1&lt;/b&gt; in your own browser. You sign in and approve there; Keyway never sees your password.&lt;/p&gt;&lt;p&gt;The browser then hands a one-time code to Keyway on 127.0.0.1 (this computer only), and Keyway exchanges it for tokens that are kept in the system keychain.&lt;/p&gt;&lt;p&gt;Ask for these permissions:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keyway öffnet die Anmeldeseite von &lt;b&gt;%1&lt;/b&gt; in Ihrem eigenen Browser. Sie melden sich dort an und stimmen zu; Keyway sieht Ihr Passwort nie.&lt;/p&gt;&lt;p&gt;Der Browser übergibt Keyway dann einen Einmal-Code auf 127.0.0.1 (nur dieser Rechner), und Keyway tauscht ihn gegen Tokens, die im System-Schlüsselbund aufbewahrt werden.&lt;/p&gt;&lt;p&gt;Diese Berechtigungen anfragen:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open Browser and Sign In</source>
        <translation>Browser &amp;öffnen und anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waiting for your browser…&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Warte auf Ihren Browser…&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Copy &amp;Address</source>
        <translation>&amp;Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-In</source>
        <translation>Anmeldung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>(the provider does not describe it)</source>
        <translation>(der Anbieter beschreibt ihn nicht)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Signed in to %1.&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Bei %1 angemeldet.&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sign-in cancelled.&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Anmeldung abgebrochen.&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Not signed in.&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nicht angemeldet.&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>gewährt</translation>
    </message>
    <message>
        <source>not granted</source>
        <translation>nicht gewährt</translation>
    </message>
    <message>
        <source>Asking the provider who signed in…</source>
        <translation>Der Anbieter wird gefragt, wer sich angemeldet hat…</translation>
    </message>
    <message>
        <source>The provider does not say who signed in.</source>
        <translation>Der Anbieter sagt nicht, wer sich angemeldet hat.</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>Warte seit %1</translation>
    </message>
    <message>
        <source>The access token expires in %1 (at %2); Keyway renews it when it can.</source>
        <translation>Das Access-Token läuft ab in %1 (um %2); Keyway erneuert es, sobald es kann.</translation>
    </message>
    <message>
        <source>Scopes to ask for</source>
        <translation>Anzufragende Scopes</translation>
    </message>
    <message>
        <source>Scopes asked for and granted</source>
        <translation>Angefragte und gewährte Scopes</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Sign in and approve in your browser. If no browser window opened, copy this address into your browser:</source>
        <translation>Melden Sie sich im Browser an und stimmen Sie zu. Falls sich kein Browserfenster geöffnet hat, kopieren Sie diese Adresse in Ihren Browser:</translation>
    </message>
    <message>
        <source>No browser window opened — %1:</source>
        <translation>Kein Browserfenster geöffnet — %1:</translation>
    </message>
</context>
<context>
    <name>keyway::ui::SnippetDialog</name>
    <message>
        <source>Put the &amp;secrets in the code (not recommended)</source>
        <translation>&amp;Secrets in den Code schreiben (nicht empfohlen)</translation>
    </message>
    <message>
        <source>Generate Code</source>
        <translation>Code erzeugen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Cannot generate the code: %1</source>
        <translation>Der Code kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>This code contains secrets in clear. Copying it clears the clipboard after 30 s.</source>
        <translation>Dieser Code enthält Secrets im Klartext. Beim Kopieren wird die Zwischenablage nach 30 s geleert.</translation>
    </message>
    <message>
        <source>Set %1 before running it; the values are in your keychain (Keys → Manage Keys).</source>
        <translation>Setzen Sie %1, bevor Sie ihn ausführen; die Werte liegen in Ihrem Schlüsselbund (Schlüssel → Schlüssel verwalten).</translation>
    </message>
    <message>
        <source>Generated code</source>
        <translation>Erzeugter Code</translation>
    </message>
</context>
<context>
    <name>keyway::ui::TemplateLineEdit</name>
    <message>
        <source>Not defined in this environment: %1</source>
        <translation>In dieser Umgebung nicht definiert: %1</translation>
    </message>
</context>
<context>
    <name>keyway::ui::TimelineView</name>
    <message>
        <source>Timeline of the exchange</source>
        <translation>Verlauf des Austauschs</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Location: %1</translation>
    </message>
    <message>
        <source>Another origin: not sent there: %1 (credentials never follow a redirect to another origin)</source>
        <translation>Anderer Ursprung: dorthin nicht gesendet: %1 (Zugangsdaten folgen nie einer Weiterleitung zu einem anderen Ursprung)</translation>
    </message>
    <message>
        <source>Not in the new address: %1</source>
        <translation>Nicht in der neuen Adresse: %1</translation>
    </message>
    <message>
        <source>Becomes a GET without a body (what %1 asks of a redirected request)</source>
        <translation>Wird zu einem GET ohne Inhalt (so verlangt es %1 für eine weitergeleitete Anfrage)</translation>
    </message>
    <message>
        <source>%1. %2 %3 → %4</source>
        <translation>%1. %2 %3 → %4</translation>
    </message>
    <message>
        <source>%1 %2 → %3 %4 in %5 ms</source>
        <translation>%1 %2 → %3 %4 in %5 ms</translation>
    </message>
    <message numerus="yes">
        <source>Finally: %1 %2 → %3 %4 (%n redirect(s), %5 ms in all)</source>
        <translation>
            <numerusform>Schließlich: %1 %2 → %3 %4 (%n Weiterleitung, insgesamt %5 ms)</numerusform>
            <numerusform>Schließlich: %1 %2 → %3 %4 (%n Weiterleitungen, insgesamt %5 ms)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>%1 %2 → no response: %3</source>
        <translation>%1 %2 → keine Antwort: %3</translation>
    </message>
</context>
<context>
    <name>keyway::ui::WorkspacePanel</name>
    <message>
        <source>Filter environments and requests</source>
        <translation>Umgebungen und Anfragen filtern</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>This workspace could not be opened:

%1</source>
        <translation>Dieser Arbeitsbereich konnte nicht geöffnet werden:

%1</translation>
    </message>
    <message>
        <source>Environment %1 was skipped: %2</source>
        <translation>Umgebung %1 wurde übersprungen: %2</translation>
    </message>
</context>
<context>
    <name>keyway::ui::WorkspaceTransfer</name>
    <message>
        <source>Copy as cURL</source>
        <translation>Als cURL kopieren</translation>
    </message>
    <message>
        <source>Copied as cURL; secrets are environment variables such as $KEYWAY_API_KEY.</source>
        <translation>Als cURL kopiert; Secrets sind Umgebungsvariablen wie $KEYWAY_API_KEY.</translation>
    </message>
    <message>
        <source>Paste cURL Command</source>
        <translation>cURL-Befehl einfügen</translation>
    </message>
    <message>
        <source>The clipboard does not hold a usable cURL command: %1</source>
        <translation>Die Zwischenablage enthält keinen verwendbaren cURL-Befehl: %1</translation>
    </message>
    <message>
        <source>The command carries a key in %1. Move it into the keychain of %2? The request then uses {{secret.%3}} and can be saved; otherwise the key stays in this unsaved request only.</source>
        <translation>Der Befehl enthält einen Schlüssel in %1. In den Schlüsselbund von %2 verschieben? Die Anfrage verwendet dann {{secret.%3}} und kann gespeichert werden; sonst bleibt der Schlüssel nur in dieser ungespeicherten Anfrage.</translation>
    </message>
    <message>
        <source>Move to Keychain</source>
        <translation>In den Schlüsselbund</translation>
    </message>
    <message>
        <source>Imported. These options were not understood and were left out: %1</source>
        <translation>Importiert. Diese Optionen wurden nicht verstanden und weggelassen: %1</translation>
    </message>
    <message>
        <source>Export Environment</source>
        <translation>Umgebung exportieren</translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation>Arbeitsbereich exportieren</translation>
    </message>
    <message>
        <source>Choose the environment to export in the toolbar first.</source>
        <translation>Wählen Sie zuerst in der Werkzeugleiste die Umgebung, die exportiert werden soll.</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Exported to %1 — secret names only; the values stay in your keychain.</source>
        <translation>Exportiert nach %1 — nur die Namen der Secrets; die Werte bleiben in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Open a workspace to import into first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich, in den importiert werden soll.</translation>
    </message>
    <message>
        <source>Value of %1 for %2 (leave empty to add it later under Keys → Manage Keys):</source>
        <translation>Wert von %1 für %2 (leer lassen, um ihn später unter Schlüssel → Schlüssel verwalten hinzuzufügen):</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n environment(s)</source>
        <translation>
            <numerusform>%n Umgebung importiert</numerusform>
            <numerusform>%n Umgebungen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n request(s).</source>
        <translation>
            <numerusform> und %n Anfrage.</numerusform>
            <numerusform> und %n Anfragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) found in the file are now in the keychain; the file still holds them, so delete it if you no longer need it.</source>
        <translation>
            <numerusform>%n in der Datei gefundener Schlüssel ist jetzt im Schlüsselbund; die Datei enthält ihn noch, löschen Sie sie also, wenn Sie sie nicht mehr brauchen.</numerusform>
            <numerusform>%n in der Datei gefundene Schlüssel sind jetzt im Schlüsselbund; die Datei enthält sie noch, löschen Sie sie also, wenn Sie sie nicht mehr brauchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed because the name was taken: %1</source>
        <translation>Umbenannt, weil der Name vergeben war: %1</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Weggelassen:</translation>
    </message>
    <message>
        <source>%1 was created, but its keys were not stored: %2</source>
        <translation>%1 wurde angelegt, aber seine Schlüssel wurden nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>keyway::ui::WorkspaceTreeActions</name>
    <message>
        <source>&amp;Edit Environment</source>
        <translation>Umgebung &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete Environment…</source>
        <translation>Umgebung &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Open in New Tab</source>
        <translation>In neuem Reiter ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Neuer &amp;Ordner…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>Ordner &amp;umbenennen…</translation>
    </message>
    <message>
        <source>R&amp;un…</source>
        <translation>&amp;Ausführen…</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
</context>
<context>
    <name>keyway::ui::WorkspaceTreeModel</name>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keyway: API explorer and key manager.</source>
        <translation>Keyway: API-Explorer und Schlüsselverwaltung.</translation>
    </message>
    <message>
        <source>Open the workspace in DIR.</source>
        <translation>Den Arbeitsbereich in DIR öffnen.</translation>
    </message>
    <message>
        <source>Try the local sandbox: a demo API and OAuth server inside Keyway.</source>
        <translation>Die lokale Sandbox ausprobieren: eine Demo-API und ein OAuth-Server in Keyway.</translation>
    </message>
    <message>
        <source>Welcome to Keyway</source>
        <translation>Willkommen bei Keyway</translation>
    </message>
    <message>
        <source>Try the local sandbox? Keyway starts a demo API inside the app, with sample requests, a demo key in your keychain and an OAuth sign-in you can approve in your browser. Nothing leaves this machine.</source>
        <translation>Die lokale Sandbox ausprobieren? Keyway startet eine Demo-API in der App, mit Beispielanfragen, einem Demo-Schlüssel in Ihrem Schlüsselbund und einer OAuth-Anmeldung, der Sie in Ihrem Browser zustimmen können. Nichts verlässt diesen Rechner.</translation>
    </message>
    <message>
        <source>Try the Local Sandbox</source>
        <translation>Lokale Sandbox ausprobieren</translation>
    </message>
</context>
</TS>
