<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountSettingsDialog</name>
    <message>
        <source>Account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Also use it to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the new email address to the ways you can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send code to the new email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 201 555 0123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the code &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to send the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the new phone number to the ways you can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send code to the new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeEntryPage</name>
    <message>
        <source>Enter your code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits. The code is checked as soon as all 6 are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error code and trace id for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a ne&amp;w code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another &amp;method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryMethodPage</name>
    <message>
        <source>How should we send your code?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the code by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text message (SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the code by text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the code out in a phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the code by WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error code and trace id for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Descope::AccountSettingsDialog</name>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone number is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Descope::CodeEntryPage</name>
    <message>
        <source>Enter the code we sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We emailed a new code to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We emailed a code to %1. It may take a minute to arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a text message with a new code to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a text message with a code to %1. It may take a minute to arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are calling %1 again to read you a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are calling %1 to read you a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent you a WhatsApp message with a new code at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent you a WhatsApp message with a code at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can ask for a new code in %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You can ask for a new code in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can ask for a new code in less than a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can ask for a new code now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Descope::DeliveryMethodPage</name>
    <message>
        <source>How should we send your code?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will email a one-time code to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will text a one-time code to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will call %1 and read out a one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will send a one-time code to %1 on WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Descope::LoginIdPage</name>
    <message>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in or create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the account and send a one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in, or create an account if there is none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new account in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs you in, or creates your account if you have none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in to an existing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back without creating an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in only; never creates an account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Descope::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Descope::MessageBox</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Descope::ReauthDialog</name>
    <message>
        <source>Your session ended. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to keep your session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To continue as %1, ask for a code and enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay signed &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Descope::SignInWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the request that is running (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes cannot be sent by email here. Enter your phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes cannot be sent to a phone number here. Enter your email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginIdPage</name>
    <message>
        <source>Sign in or create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email address or phone number. We will send you a one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com or +1 201 555 0123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address or phone number to send your one-time code to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry of the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for phone numbers typed without a plus sign and country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name for your new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error code and trace id for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs you in, or creates your account if you have none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in, or create an account if there is none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in to an existing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in only; never creates an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new account with your name and this email address or phone number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
