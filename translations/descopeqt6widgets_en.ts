<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
