<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BrunoImport</name>
    <message numerus="yes">
        <source>%1: %n assert or variable line(s) not imported: %2</source>
        <translation>
            <numerusform>%1: %n assert or variable line not imported: %2</numerusform>
            <numerusform>%1: %n assert or variable lines not imported: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CookieCommand</name>
    <message numerus="yes">
        <source>Removed %n cookie(s) of '%1'</source>
        <translation>
            <numerusform>Removed %n cookie of '%1'</numerusform>
            <numerusform>Removed %n cookies of '%1'</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnvCommands</name>
    <message numerus="yes">
        <source>Set %n variable(s) in '%1'</source>
        <translation>
            <numerusform>Set %n variable in '%1'</numerusform>
            <numerusform>Set %n variables in '%1'</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n variable(s) from '%1'</source>
        <translation>
            <numerusform>Removed %n variable from '%1'</numerusform>
            <numerusform>Removed %n variables from '%1'</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted environment '%1' and %n secret(s)</source>
        <translation>
            <numerusform>Deleted environment '%1' and %n secret</numerusform>
            <numerusform>Deleted environment '%1' and %n secrets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message numerus="yes">
        <source>  (%n error(s) in this response; the first is shown)</source>
        <translation>
            <numerusform>  (%n error in this response; the first is shown)</numerusform>
            <numerusform>  (%n errors in this response; the first is shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Retry after: %n second(s)</source>
        <translation>
            <numerusform>  Retry after: %n second</numerusform>
            <numerusform>  Retry after: %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s); it may be waiting for an unlock prompt</source>
        <translation>
            <numerusform>the keychain did not answer within %n second; it may be waiting for an unlock prompt</numerusform>
            <numerusform>the keychain did not answer within %n seconds; it may be waiting for an unlock prompt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostmanImport</name>
    <message numerus="yes">
        <source>%1: %n test script line(s) not imported: %2</source>
        <translation>
            <numerusform>%1: %n test script line not imported: %2</numerusform>
            <numerusform>%1: %n test script lines not imported: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseJudge</name>
    <message numerus="yes">
        <source>All %n check(s) passed</source>
        <translation>
            <numerusform>All %n check passed</numerusform>
            <numerusform>All %n checks passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) failed</source>
        <translation>
            <numerusform>%1 of %n check failed</numerusform>
            <numerusform>%1 of %n checks failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message numerus="yes">
        <source>  %n check(s)</source>
        <translation>
            <numerusform>  %n check</numerusform>
            <numerusform>  %n checks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunData</name>
    <message numerus="yes">
        <source>line %1 has %n field(s), the header row %2</source>
        <translation>
            <numerusform>line %1 has %n field, the header row %2</numerusform>
            <numerusform>line %1 has %n fields, the header row %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunTotals</name>
    <message numerus="yes">
        <source>%n request(s), %1 failed</source>
        <translation>
            <numerusform>%n request, %1 failed</numerusform>
            <numerusform>%n requests, %1 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n check(s), %1 failed</source>
        <translation>
            <numerusform>; %n check, %1 failed</numerusform>
            <numerusform>; %n checks, %1 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message numerus="yes">
        <source>keyway-cli: saved the body (%n byte(s)) to %1</source>
        <translation>
            <numerusform>keyway-cli: saved the body (%n byte) to %1</numerusform>
            <numerusform>keyway-cli: saved the body (%n bytes) to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keyway-cli: %n check(s), %1 failed</source>
        <translation>
            <numerusform>keyway-cli: %n check, %1 failed</numerusform>
            <numerusform>keyway-cli: %n checks, %1 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message numerus="yes">
        <source>Exported %n environment(s)</source>
        <translation>
            <numerusform>Exported %n environment</numerusform>
            <numerusform>Exported %n environments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n request(s) to %1 (secret names only).</source>
        <translation>
            <numerusform> and %n request to %1 (secret names only).</numerusform>
            <numerusform> and %n requests to %1 (secret names only).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 and %n request(s).</source>
        <translation>
            <numerusform>Imported %1 and %n request.</numerusform>
            <numerusform>Imported %1 and %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n key(s) found in the file into the keychain; the file still holds them.</source>
        <translation>
            <numerusform>Moved %n key found in the file into the keychain; the file still holds them.</numerusform>
            <numerusform>Moved %n keys found in the file into the keychain; the file still holds them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::AuthorizationCodeLogin</name>
    <message numerus="yes">
        <source>no answer from the browser within %n minute(s)</source>
        <translation>
            <numerusform>no answer from the browser within %n minute</numerusform>
            <numerusform>no answer from the browser within %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::HttpExchange</name>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>no complete answer within %n second</numerusform>
            <numerusform>no complete answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::InterProcessLock</name>
    <message numerus="yes">
        <source>%1 still holds %2 after %n second(s)</source>
        <translation>
            <numerusform>%1 still holds %2 after %n second</numerusform>
            <numerusform>%1 still holds %2 after %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::CookieDialog</name>
    <message numerus="yes">
        <source>%n cookie(s)</source>
        <translation>
            <numerusform>%n cookie</numerusform>
            <numerusform>%n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n cookie(s) of %1? Sessions they hold end here; the server may still know them.</source>
        <translation>
            <numerusform>Remove the %n cookie of %1? Sessions they hold end here; the server may still know them.</numerusform>
            <numerusform>Remove the %n cookies of %1? Sessions they hold end here; the server may still know them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::EnvironmentFiles</name>
    <message numerus="yes">
        <source>%1 has %n key(s) in the system keychain. Remove those as well? Removed keys cannot be brought back, and the deletion can then not be undone.</source>
        <translation>
            <numerusform>%1 has %n key in the system keychain. Remove those as well? Removed keys cannot be brought back, and the deletion can then not be undone.</numerusform>
            <numerusform>%1 has %n keys in the system keychain. Remove those as well? Removed keys cannot be brought back, and the deletion can then not be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::ErrorCard</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry after %n second(s)</source>
        <translation>
            <numerusform>Retry after %n second</numerusform>
            <numerusform>Retry after %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::EventStreamView</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::GraphQlSchemaLoader</name>
    <message numerus="yes">
        <source>Schema of %1: %n type(s), fetched %2</source>
        <translation>
            <numerusform>Schema of %1: %n type, fetched %2</numerusform>
            <numerusform>Schema of %1: %n types, fetched %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schema of %1: %n type(s), fetched now</source>
        <translation>
            <numerusform>Schema of %1: %n type, fetched now</numerusform>
            <numerusform>Schema of %1: %n types, fetched now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::KeyManagerDialog</name>
    <message numerus="yes">
        <source>older than %n day(s): rotate it</source>
        <translation>
            <numerusform>older than %n day: rotate it</numerusform>
            <numerusform>older than %n days: rotate it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::KeyTableModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::LargeTextView</name>
    <message numerus="yes">
        <source> … %n line(s) %1</source>
        <translation>
            <numerusform> … %n line %1</numerusform>
            <numerusform> … %n lines %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::MainWindow</name>
    <message numerus="yes">
        <source>Unsaved changes in %n open tab(s).</source>
        <translation>
            <numerusform>Unsaved changes in %n open tab.</numerusform>
            <numerusform>Unsaved changes in %n open tabs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::NewEnvironmentWizard</name>
    <message numerus="yes">
        <source>Created %1 (%2) with %n key(s) in the keychain.</source>
        <translation>
            <numerusform>Created %1 (%2) with %n key in the keychain.</numerusform>
            <numerusform>Created %1 (%2) with %n keys in the keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::RequestPane</name>
    <message numerus="yes">
        <source>Exactly what will be sent: the request line and %n header(s)</source>
        <translation>
            <numerusform>Exactly what will be sent: the request line and %n header</numerusform>
            <numerusform>Exactly what will be sent: the request line and %n headers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::ResponseView</name>
    <message numerus="yes">
        <source>after %n redirect(s)</source>
        <translation>
            <numerusform>after %n redirect</numerusform>
            <numerusform>after %n redirects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::RunnerPage</name>
    <message numerus="yes">
        <source>HTTP %1 in %2 ms, %n byte(s)</source>
        <translation>
            <numerusform>HTTP %1 in %2 ms, %n byte</numerusform>
            <numerusform>HTTP %1 in %2 ms, %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), one iteration each: %1</source>
        <translation>
            <numerusform>%n row, one iteration each: %1</numerusform>
            <numerusform>%n rows, one iteration each: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::SearchBar</name>
    <message numerus="yes">
        <source>stopped, %n match(es) so far</source>
        <translation>
            <numerusform>stopped, %n match so far</numerusform>
            <numerusform>stopped, %n matches so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>searching… %1% · %n match(es)</source>
        <translation>
            <numerusform>searching… %1% · %n match</numerusform>
            <numerusform>searching… %1% · %n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::TimelineView</name>
    <message numerus="yes">
        <source>Finally: %1 %2 → %3 %4 (%n redirect(s), %5 ms in all)</source>
        <translation>
            <numerusform>Finally: %1 %2 → %3 %4 (%n redirect, %5 ms in all)</numerusform>
            <numerusform>Finally: %1 %2 → %3 %4 (%n redirects, %5 ms in all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::WorkspaceTransfer</name>
    <message numerus="yes">
        <source>Imported %n environment(s)</source>
        <translation>
            <numerusform>Imported %n environment</numerusform>
            <numerusform>Imported %n environments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n request(s).</source>
        <translation>
            <numerusform> and %n request.</numerusform>
            <numerusform> and %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) found in the file are now in the keychain; the file still holds them, so delete it if you no longer need it.</source>
        <translation>
            <numerusform>%n key found in the file are now in the keychain; the file still holds them, so delete it if you no longer need it.</numerusform>
            <numerusform>%n keys found in the file are now in the keychain; the file still holds them, so delete it if you no longer need it.</numerusform>
        </translation>
    </message>
</context>
</TS>
