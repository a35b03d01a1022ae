<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>StatusWidgets</name>
    <message numerus="yes">
        <source>Tasks: %n failed</source>
        <translation>
            <numerusform>Tasks: %n failed</numerusform>
            <numerusform>Tasks: %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tasks: %n running</source>
        <translation>
            <numerusform>Tasks: %n running</numerusform>
            <numerusform>Tasks: %n running</numerusform>
        </translation>
    </message>
</context>
</TS>
