<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
