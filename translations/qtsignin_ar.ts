<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>QtSignIn::AuthError</name>
    <message>
        <location filename="../src/core/types/autherror.cpp" line="+244"/>
        <source>Sign-in was cancelled.</source>
        <translation>تم إلغاء تسجيل الدخول.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in took too long and was stopped. Please try again.</source>
        <translation>استغرق تسجيل الدخول وقتًا طويلًا فتم إيقافه. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to the sign-in service. Check your internet connection and try again.</source>
        <translation>تعذّر الاتصال بخدمة تسجيل الدخول. تحقّق من اتصالك بالإنترنت ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secure connection to the sign-in service could not be established. Check your computer&apos;s date and time, or ask your administrator.</source>
        <translation>تعذّر إنشاء اتصال آمن بخدمة تسجيل الدخول. تحقّق من تاريخ جهاز الكمبيوتر ووقته، أو اتصل بمسؤول النظام.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service ran into a problem. Please try again later.</source>
        <translation>واجهت خدمة تسجيل الدخول مشكلة. يُرجى المحاولة مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in service is busy right now. Please wait a moment and try again.</source>
        <translation>خدمة تسجيل الدخول مشغولة حاليًا. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in service did not recognise this application. Please contact the application&apos;s support.</source>
        <extracomment>&quot;This application&quot; is the program the user signs in to (not QtSignIn); its &quot;support&quot; is whoever helps that program&apos;s users.</extracomment>
        <translation>لم تتعرّف خدمة تسجيل الدخول على هذا التطبيق. يُرجى التواصل مع الدعم الفني للتطبيق.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in is not set up correctly in this application. Please contact the application&apos;s support.</source>
        <extracomment>The application&apos;s developer configured the sign-in wrongly; the user cannot fix it.</extracomment>
        <translation>لم يتم إعداد تسجيل الدخول بشكل صحيح في هذا التطبيق. يُرجى التواصل مع الدعم الفني للتطبيق.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>انتهت صلاحية تسجيل دخولك. يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in service does not allow the access this application asked for. Please contact the application&apos;s support.</source>
        <translation>لا تسمح خدمة تسجيل الدخول بالوصول الذي طلبه هذا التطبيق. يُرجى التواصل مع الدعم الفني للتطبيق.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service could not process the request. Please try again; if it keeps happening, contact the application&apos;s support.</source>
        <translation>تعذّر على خدمة تسجيل الدخول معالجة الطلب. يُرجى المحاولة مرة أخرى، وإذا تكررت المشكلة فتواصل مع الدعم الفني للتطبيق.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access was denied. Sign in again and allow access if you want to continue.</source>
        <translation>تم رفض الوصول. سجّل الدخول مرة أخرى واسمح بالوصول إذا أردت المتابعة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in service sent an answer that could not be understood. Please try again later.</source>
        <translation>أرسلت خدمة تسجيل الدخول ردًا تعذّر فهمه. يُرجى المحاولة مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service&apos;s settings could not be loaded. Check your internet connection and try again later.</source>
        <translation>تعذّر تحميل إعدادات خدمة تسجيل الدخول. تحقّق من اتصالك بالإنترنت ثم حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your identity could not be verified. Check your computer&apos;s date and time, then sign in again.</source>
        <translation>تعذّر التحقق من هويتك. تحقّق من تاريخ جهاز الكمبيوتر ووقته، ثم سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in answer did not match this sign-in attempt. Please sign in again.</source>
        <extracomment>A security check: the answer from the sign-in page belongs to a different (older or forged) sign-in attempt.</extracomment>
        <translation>لا يتطابق رد تسجيل الدخول مع محاولة تسجيل الدخول هذه. يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service does not allow signing in this way. Please sign in through your web browser.</source>
        <extracomment>E.g. Google refuses sign-in pages embedded in applications.</extracomment>
        <translation>لا تسمح خدمة تسجيل الدخول بتسجيل الدخول بهذه الطريقة. يُرجى تسجيل الدخول من خلال متصفح الويب.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your sign-in could not be saved or loaded from the system&apos;s password storage. Check that it is unlocked, then try again.</source>
        <extracomment>The operating system&apos;s keychain or keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager).</extracomment>
        <translation>تعذّر حفظ بيانات تسجيل دخولك في مخزن كلمات المرور الخاص بالنظام أو تحميلها منه. تأكّد من أنه غير مقفل، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in failed because of an unexpected error. Please try again.</source>
        <translation>فشل تسجيل الدخول بسبب خطأ غير متوقع. يُرجى المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>QtSignIn::GenericOidcProvider</name>
    <message>
        <location filename="../src/core/providers/genericoidcprovider.cpp" line="+54"/>
        <source>Custom provider</source>
        <extracomment>Name of an identity provider configured by its endpoints alone (no issuer to name it), shown for example in the sign-in window&apos;s title &quot;Sign in – %1&quot;.</extracomment>
        <translation>موفّر مخصّص</translation>
    </message>
</context>
<context>
    <name>QtSignIn::LoopbackReceiver</name>
    <message>
        <location filename="../src/core/flow/loopbackreceiver.cpp" line="+86"/>
        <source>Signed in</source>
        <extracomment>Title of the browser page shown after a successful sign-in.</extracomment>
        <translation>تم تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed in. You can close this window and return to the application.</source>
        <translation>تم تسجيل دخولك. يمكنك إغلاق هذه النافذة والعودة إلى التطبيق.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in failed</source>
        <extracomment>Title of the browser page shown when the sign-in did not succeed.</extracomment>
        <translation>فشل تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this window and return to the application.</source>
        <translation>يمكنك إغلاق هذه النافذة والعودة إلى التطبيق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link no longer valid</source>
        <extracomment>Title of the browser page for an old or unexpected sign-in link.</extracomment>
        <translation>الرابط لم يعد صالحًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sign-in link is not valid any more. You can close this window and return to the application to sign in again.</source>
        <translation>رابط تسجيل الدخول هذا لم يعد صالحًا. يمكنك إغلاق هذه النافذة والعودة إلى التطبيق لتسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>The application stopped waiting for this sign-in.</source>
        <extracomment>Shown in the browser when the application gave up on the sign-in (it was cancelled, timed out or closed) before the browser came back.</extracomment>
        <translation>توقّف التطبيق عن انتظار عملية تسجيل الدخول هذه.</translation>
    </message>
</context>
</TS>
