<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ClientHeader</name>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document group(s)</source>
        <translation>
            <numerusform>%n document group</numerusform>
            <numerusform>%n document groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n client found</numerusform>
            <numerusform>%n clients found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n in total</numerusform>
            <numerusform>%n in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished onboarding(s) can be resumed on the Onboarding page.</source>
        <translation>
            <numerusform>%n unfinished onboarding can be resumed on the Onboarding page.</numerusform>
            <numerusform>%n unfinished onboardings can be resumed on the Onboarding page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message numerus="yes">
        <source>%n unfinished onboarding(s) can be resumed.</source>
        <translation>
            <numerusform>%n unfinished onboarding can be resumed.</numerusform>
            <numerusform>%n unfinished onboardings can be resumed.</numerusform>
        </translation>
    </message>
</context>
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
