<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/main.cpp" line="+67"/>
        <source>%1 (see qtsignin --help)</source>
        <extracomment>%1 what is wrong with the command line.</extracomment>
        <translation>%1 (راجع qtsignin --help)</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="+163"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: تتعذر قراءته (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a JSON object</source>
        <translation>%1: ليس كائن JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: agent must be browser, device or embedded</source>
        <translation>%1: يجب أن تكون قيمة agent إحدى browser أو device أو embedded</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown option %1</source>
        <translation>خيار غير معروف %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>option --%1 needs a value</source>
        <translation>الخيار --%1 يحتاج إلى قيمة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>option --%1 takes no value</source>
        <translation>الخيار --%1 لا يقبل قيمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option --%1</source>
        <translation>خيار غير معروف --%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no command given (login, token, whoami, accounts or logout)</source>
        <translation>لم يُحدَّد أي أمر (login أو token أو whoami أو accounts أو logout)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown command %1</source>
        <translation>أمر غير معروف %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument %1</source>
        <translation>وسيط غير متوقع %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>%1 does not take --%2</source>
        <translation>الأمر %1 لا يقبل --%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>logout takes --account or --all, not both</source>
        <translation>يقبل logout الخيار --account أو --all، لا كليهما</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>QTSIGNIN_AGENT must be browser, device or embedded</source>
        <translation>يجب أن تكون قيمة QTSIGNIN_AGENT إحدى browser أو device أو embedded</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QTSIGNIN_JSON must be 1 or 0</source>
        <translation>يجب أن تكون قيمة QTSIGNIN_JSON إما 1 أو 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QTSIGNIN_ALLOW_INSECURE_HTTP must be 1 or 0</source>
        <translation>يجب أن تكون قيمة QTSIGNIN_ALLOW_INSECURE_HTTP إما 1 أو 0</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--agent must be browser, device or embedded</source>
        <translation>يجب أن تكون قيمة --agent إحدى browser أو device أو embedded</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the account name must not be empty</source>
        <translation>يجب ألا يكون اسم الحساب فارغًا</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: qtsignin &lt;command&gt; [options]

Sign in with OAuth 2.0 / OpenID Connect from a terminal, print access tokens, sign out.

Commands:
  login     sign in and keep the account in the system keychain
  token     print a valid access token (refreshed when due), alone on stdout
  whoami    show the signed-in user
  accounts  list the accounts signed in with this tool
  logout    revoke the account&apos;s tokens and delete them

login options:
  --config FILE          settings file (JSON; keys as in QtSignIn::ProviderSettings,
                         plus &quot;agent&quot; and &quot;account&quot;)
  --provider NAME        google, github, microsoft, oidc or custom
  --issuer URL           the OpenID Provider (oidc)
  --client-id ID         the client registered with the provider
  --client-secret S      its secret, if it has one (prefer QTSIGNIN_CLIENT_SECRET or
                         the settings file: the command line is visible to others)
  --scope &quot;A B&quot;          scopes to request
  --tenant T             Microsoft tenant
  --authorize-url URL, --token-url URL, --userinfo-url URL   endpoints (custom)
  --agent AGENT          browser (default where allowed), device or embedded
  --store STORE          keychain (default) or memory (nothing is kept)
  --account NAME         the name to keep the account under (default: default)
  --timeout SECONDS      how long to wait for the sign-in (default: 120)
  --allow-insecure-http  allow plain http to a loopback IdP (development)
  --json                 print the account as JSON
%1token:    [--account NAME] [--force-refresh]
whoami:   [--account NAME] [--json]
accounts: [--json]
logout:   [--account NAME | --all]

Every option can also be set with a QTSIGNIN_* variable (QTSIGNIN_CLIENT_ID,
QTSIGNIN_AGENT, QTSIGNIN_ACCOUNT, QTSIGNIN_CONFIG, QTSIGNIN_ALLOW_INSECURE_HTTP…) or in
the settings file (default: ~/.config/qtsignin/qtsignin.json). The command line wins
over the environment, which wins over the file.

Exit status: 0 success, 2 usage or settings, 3 cancelled or timed out, 4 refused by the
provider or by validation (or not signed in), 5 network or TLS, 6 keychain or files.
Errors are one line on stderr: qtsignin: &lt;ErrorCode&gt;: &lt;message&gt;
</source>
        <translation>الاستخدام: qtsignin &lt;الأمر&gt; [الخيارات]

تسجيل الدخول باستخدام OAuth 2.0 / OpenID Connect من الطرفية، وطباعة رموز الوصول، وتسجيل
الخروج.

الأوامر:
  login     تسجيل الدخول والاحتفاظ بالحساب في سلسلة مفاتيح النظام
  token     طباعة رمز وصول صالح (يُحدَّث عند الحاجة)، وحده على stdout
  whoami    عرض المستخدم المسجَّل دخوله
  accounts  سرد الحسابات التي سُجّل الدخول إليها بهذه الأداة
  logout    إبطال الرموز المميزة للحساب وحذفها

خيارات login:
  --config FILE          ملف الإعدادات (JSON؛ المفاتيح كما في
                         QtSignIn::ProviderSettings، إضافة إلى &quot;agent&quot; و&quot;account&quot;)
  --provider NAME        google أو github أو microsoft أو oidc أو custom
  --issuer URL           موفّر OpenID (oidc)
  --client-id ID         العميل المسجَّل لدى الموفّر
  --client-secret S      سر العميل إن وُجد (يُفضَّل QTSIGNIN_CLIENT_SECRET أو ملف الإعدادات:
                         سطر الأوامر مرئي للآخرين)
  --scope &quot;A B&quot;          النطاقات المطلوبة
  --tenant T             مستأجر Microsoft
  --authorize-url URL, --token-url URL, --userinfo-url URL   نقاط النهاية (custom)
  --agent AGENT          browser (الافتراضي حيث يُسمح به) أو device أو embedded
  --store STORE          keychain (الافتراضي) أو memory (لا يُحتفظ بشيء)
  --account NAME         الاسم الذي يُحفظ الحساب تحته (الافتراضي: default)
  --timeout SECONDS      مدة انتظار تسجيل الدخول (الافتراضي: 120)
  --allow-insecure-http  السماح بـ http غير المشفّر إلى موفّر هوية على عنوان الاسترجاع
                         (للتطوير)
  --json                 طباعة الحساب بتنسيق JSON
%1token:    [--account NAME] [--force-refresh]
whoami:   [--account NAME] [--json]
accounts: [--json]
logout:   [--account NAME | --all]

يمكن أيضًا ضبط كل خيار بمتغير QTSIGNIN_* (QTSIGNIN_CLIENT_ID, QTSIGNIN_AGENT,
QTSIGNIN_ACCOUNT, QTSIGNIN_CONFIG, QTSIGNIN_ALLOW_INSECURE_HTTP…) أو في ملف الإعدادات
(الافتراضي: ~/.config/qtsignin/qtsignin.json). سطر الأوامر له الأولوية على البيئة،
والبيئة لها الأولوية على الملف.

حالة الخروج: 0 نجاح، 2 خطأ في الاستخدام أو الإعدادات، 3 إلغاء أو انتهاء المهلة، 4 رفض من
الموفّر أو من التحقق (أو عدم تسجيل الدخول)، 5 الشبكة أو TLS، 6 سلسلة المفاتيح أو الملفات.
تظهر الأخطاء في سطر واحد على stderr: qtsignin: &lt;ErrorCode&gt;: &lt;الرسالة&gt;
</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>  --ca-file PATH         extra trusted CA certificates (PEM file or folder),
                         on top of the system&apos;s
  --proxy URL            http://host:port, socks5://host:port, none or system
                         (default: https_proxy / no_proxy, else the system&apos;s)
  --client-certificate FILE, --client-key FILE   mutual TLS (PEM)
</source>
        <translation>  --ca-file PATH         شهادات CA إضافية موثوق بها (ملف PEM أو مجلد) إلى جانب
                         شهادات النظام
  --proxy URL            http://host:port أو socks5://host:port أو none أو system
                         (الافتراضي: https_proxy / no_proxy، وإلا فوكيل النظام)
  --client-certificate FILE, --client-key FILE   مصادقة TLS المتبادلة (PEM)
</translation>
    </message>
    <message>
        <location filename="../src/cli/terminal.cpp" line="+92"/>
        <source>%1:%2 left</source>
        <extracomment>Time left to finish signing in, e.g. &quot;1:45 left&quot;.</extracomment>
        <translation>يتبقى %1:%2</translation>
    </message>
    <message>
        <location filename="../src/cli/commandcontext.cpp" line="+50"/>
        <source>no account named &quot;%1&quot;: sign in with qtsignin login --account %1</source>
        <translation>لا يوجد حساب باسم «%1»: سجّل الدخول باستخدام qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the provider no longer accepts this sign-in: sign in again with qtsignin login --account %1</source>
        <translation>لم يعد الموفّر يقبل تسجيل الدخول هذا: سجّل الدخول مرة أخرى باستخدام qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the keychain holds no sign-in for account &quot;%1&quot; any more: sign in with qtsignin login --account %1</source>
        <translation>لم تعد سلسلة المفاتيح تحتوي على تسجيل دخول للحساب «%1»: سجّل الدخول باستخدام qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 at %2 (account &quot;%3&quot;)</source>
        <extracomment>%1 user (name &lt;e-mail&gt;), %2 the identity provider, %3 the account name.</extracomment>
        <translation>%1 لدى %2 (الحساب «%3»)</translation>
    </message>
    <message>
        <location filename="../src/cli/logincommand.cpp" line="+114"/>
        <source>%1 does not allow --agent %2</source>
        <translation>لا يسمح %1 بالخيار --agent %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 allows no sign-in from here</source>
        <translation>لا يسمح %1 بتسجيل الدخول من هنا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--agent embedded needs a display and QtSignIn&apos;s Widgets library</source>
        <translation>يحتاج --agent embedded إلى شاشة عرض رسومية وإلى مكتبة Widgets من QtSignIn</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open this page to sign in:</source>
        <translation>افتح هذه الصفحة لتسجيل الدخول:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the browser</source>
        <translation>في انتظار المتصفح</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To sign in, open %1 and enter the code %2</source>
        <extracomment>%1 a web address, %2 a code like WDJB-MJHT.</extracomment>
        <translation>لتسجيل الدخول، افتح %1 وأدخل الرمز %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or open %1</source>
        <translation>أو افتح %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the other device</source>
        <translation>في انتظار الجهاز الآخر</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting for the sign-in window</source>
        <translation>في انتظار نافذة تسجيل الدخول</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>the sign-in was not finished within %n second(s)</source>
        <translation>
            <numerusform>لم يكتمل تسجيل الدخول خلال %n ثانية</numerusform>
            <numerusform>لم يكتمل تسجيل الدخول خلال %n ثانية</numerusform>
            <numerusform>لم يكتمل تسجيل الدخول خلال %n ثانيتين</numerusform>
            <numerusform>لم يكتمل تسجيل الدخول خلال %n ثوانٍ</numerusform>
            <numerusform>لم يكتمل تسجيل الدخول خلال %n ثانية</numerusform>
            <numerusform>لم يكتمل تسجيل الدخول خلال %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/accountcommands.cpp" line="+33"/>
        <source>Sign in again with: qtsignin login --account %1</source>
        <translation>سجّل الدخول مرة أخرى باستخدام: qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(no longer in the keychain)</source>
        <translation>(لم يعد في سلسلة المفاتيح)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No accounts. Sign in with: qtsignin login</source>
        <translation>لا توجد حسابات. سجّل الدخول باستخدام: qtsignin login</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Signed out of &quot;%1&quot; on this computer, but the provider did not confirm the revocation.</source>
        <translation>سُجّل الخروج من «%1» على هذا الحاسوب، لكن الموفّر لم يؤكد إبطال الرموز المميزة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed out of &quot;%1&quot;. %2 cannot revoke tokens: they stay valid until they expire.</source>
        <translation>سُجّل الخروج من «%1». لا يستطيع %2 إبطال الرموز المميزة: تبقى صالحة حتى تنتهي صلاحيتها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>سُجّل الخروج من «%1».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No accounts to sign out of.</source>
        <translation>لا توجد حسابات لتسجيل الخروج منها.</translation>
    </message>
</context>
</TS>
