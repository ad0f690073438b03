<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Descope::Error</name>
        <message numerus="yes">
            <source>Too many requests. Try again in %n second(s).</source>
            <translation>
                <numerusform>Too many requests. Try again in %n second.</numerusform>
                <numerusform>Too many requests. Try again in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Descope::CodeEntryPage</name>
        <message numerus="yes">
            <source>You can ask for a new code in %n minute(s).</source>
            <translation>
                <numerusform>You can ask for a new code in %n minute.</numerusform>
                <numerusform>You can ask for a new code in %n minutes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Descope::MainWindow</name>
        <message numerus="yes">
            <source>The sign-in service cannot be reached. Your session ends in %n minute(s) unless it can be reached by then.</source>
            <translation>
                <numerusform>The sign-in service cannot be reached. Your session ends in %n minute unless it can be reached by then.</numerusform>
                <numerusform>The sign-in service cannot be reached. Your session ends in %n minutes unless it can be reached by then.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Descope::SessionNotifier</name>
        <message numerus="yes">
            <source>The sign-in service cannot be reached. Your session ends in %n minute(s) unless it can be reached by then.</source>
            <translation>
                <numerusform>The sign-in service cannot be reached. Your session ends in %n minute unless it can be reached by then.</numerusform>
                <numerusform>The sign-in service cannot be reached. Your session ends in %n minutes unless it can be reached by then.</numerusform>
            </translation>
        </message>
    </context>
</TS>
