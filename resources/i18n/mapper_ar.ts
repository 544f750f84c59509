<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<!-- Neighbourhood Mapper. Messages whose translator comment says "machine-made" were translated by machine and not yet checked by a native speaker: correct them in Qt Linguist (see README.md, 'Translations') and delete that comment. -->
<context>
    <name>Aggregates</name>
    <message>
        <source>fewer than 10*</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أقل من 10*</translation>
    </message>
    <message>
        <source>* fewer than 10, or withheld so that a count under 10 cannot be worked out from the totals</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>* أقل من 10، أو محجوب حتى لا يمكن استنتاج عدد أقل من 10 من المجاميع</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Neighbourhood Mapper project (*.gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مشروع Neighbourhood Mapper ‏(*.gpkg)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فتح مشروع</translation>
    </message>
</context>
<context>
    <name>AssetForm</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>What people call it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ما يسميه الناس</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Find on map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابحث على الخريطة</translation>
    </message>
    <message>
        <source>Find postcode on map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابحث عن الرمز البريدي على الخريطة</translation>
    </message>
    <message>
        <source>Place the asset at this postcode (works offline)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ضع المورد عند هذا الرمز البريدي (يعمل دون اتصال)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>For example S1 2BJ</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مثل ⁨S1 2BJ⁩</translation>
    </message>
    <message>
        <source>Location</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>No location</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا موقع</translation>
    </message>
    <message>
        <source>Clear location</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>امسح الموقع</translation>
    </message>
    <message>
        <source>For online or area-wide assets: no point on the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>للموارد عبر الإنترنت أو على مستوى المنطقة: لا نقطة على الخريطة</translation>
    </message>
    <message>
        <source>Location:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموقع:</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Run by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يديره</translation>
    </message>
    <message>
        <source>Opening times</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أوقات الفتح</translation>
    </message>
    <message>
        <source>For example Mondays 10-12</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مثل الاثنين 10-12</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سهولة الوصول</translation>
    </message>
    <message>
        <source>Step-free? Hearing loop?</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بلا درج؟ حلقة سمعية؟</translation>
    </message>
    <message>
        <source>Cost</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Free, £1, donations…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مجاني، ⁨£1⁩، تبرعات…</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لمن هو</translation>
    </message>
    <message>
        <source>Everyone, older people, carers…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الجميع، كبار السن، مقدمو الرعاية…</translation>
    </message>
    <message>
        <source>Principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المبادئ</translation>
    </message>
    <message>
        <source>Checked today</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تم التحقق اليوم</translation>
    </message>
    <message>
        <source>Mark checked today</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>علّم كمُتحقَّق اليوم</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آخر تحقق</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Publish</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>النشر</translation>
    </message>
    <message>
        <source>May appear on public maps</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يجوز ظهوره على الخرائط العامة</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الصور:</translation>
    </message>
    <message>
        <source>From the location</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>من الموقع</translation>
    </message>
    <message>
        <source>Nobody recorded</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم يُسجَّل أحد</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختر فئة…</translation>
    </message>
    <message>
        <source>Choose a category for this kind (the kind is saved with it)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختر فئة لهذا النوع (يُحفظ النوع معها)</translation>
    </message>
    <message>
        <source>%1 — in %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 — في %2</translation>
    </message>
    <message>
        <source>an unknown neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حي غير معروف</translation>
    </message>
    <message>
        <source>No location (online or area-wide). Click the map or find a postcode to place it.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا موقع (عبر الإنترنت أو على مستوى المنطقة). انقر على الخريطة أو ابحث عن رمز بريدي لوضعه.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>does not look like a UK postcode (for example S1 2BJ)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يبدو رمزًا بريديًا بريطانيًا (مثل ⁨S1 2BJ⁩)</translation>
    </message>
    <message>
        <source>%1 is not in the offline postcode list; click the map to place the asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 ليس في قائمة الرموز البريدية دون اتصال؛ انقر على الخريطة لوضع المورد</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>DEMO: the records here are made up, for trying the app. Nothing you type here reaches real maps. To record your neighbourhood: File → New project.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عرض تجريبي: السجلات هنا مختلقة لتجربة التطبيق. لا يصل شيء مما تكتبه هنا إلى الخرائط الحقيقية. لتسجيل حيّك: ملف ← مشروع جديد.</translation>
    </message>
    <message>
        <source>This is the demo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>هذا عرض تجريبي</translation>
    </message>
    <message>
        <source>Read-only: this file or its folder cannot be changed, so you can look but not edit. To work on it, copy the file into a folder of your own (for example Documents) and open the copy.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>للقراءة فقط: لا يمكن تغيير هذا الملف أو مجلده، لذا يمكنك الاطلاع دون التعديل. للعمل عليه، انسخ الملف إلى مجلد خاص بك (مثل المستندات) وافتح النسخة.</translation>
    </message>
    <message>
        <source>This file is read-only</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>هذا الملف للقراءة فقط</translation>
    </message>
</context>
<context>
    <name>CareNeedsPanel</name>
    <message>
        <source>Passphrase</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عبارة المرور مجددًا</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أعد عبارة المرور</translation>
    </message>
    <message>
        <source>Set passphrase and protect care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عيّن عبارة المرور واحمِ احتياجات الرعاية</translation>
    </message>
    <message>
        <source>Care needs are locked. Enter the project passphrase to see them.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احتياجات الرعاية مقفلة. أدخل عبارة مرور المشروع لرؤيتها.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>افتح</translation>
    </message>
    <message>
        <source>Care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احتياجات الرعاية</translation>
    </message>
    <message>
        <source>New care need</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احتياج رعاية جديد</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اقفل الآن</translation>
    </message>
    <message>
        <source>Needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>Is a carer</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مقدم رعاية</translation>
    </message>
    <message>
        <source>optional: longitude latitude, rounded (never an address)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختياري: خط الطول خط العرض، مقرَّبان (ليس عنوانًا أبدًا)</translation>
    </message>
    <message>
        <source>Short notes. No names, no addresses.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملاحظات قصيرة. بلا أسماء ولا عناوين.</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Age band</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الإلحاح</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Approximate point</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقطة تقريبية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Consent (required)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموافقة (مطلوبة)</translation>
    </message>
    <message>
        <source>The person agreed to this being recorded</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وافق الشخص على تسجيل هذا</translation>
    </message>
    <message>
        <source>who recorded the consent</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>من سجّل الموافقة</translation>
    </message>
    <message>
        <source>what the person agreed to</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ما وافق عليه الشخص</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سجّله</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>متى</translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وافق على</translation>
    </message>
    <message>
        <source>Save care need</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احفظ احتياج الرعاية</translation>
    </message>
    <message>
        <source>Connect: suggestions (open first, nearest first)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اربط: اقتراحات (المفتوح أولًا، الأقرب أولًا)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اقتراحات</translation>
    </message>
    <message>
        <source>Record connection</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سجّل الربط</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Care needs locked.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُقفلت احتياجات الرعاية.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(غير معروف)</translation>
    </message>
    <message>
        <source>(sealed for the coordinator: cannot be opened here)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(مختوم للمنسق: لا يمكن فتحه هنا)</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: %2 (%3، %4)</translation>
    </message>
    <message>
        <source>Neighbourhood not known</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحي غير معروف</translation>
    </message>
    <message>
        <source>Record the consent first: tick it, say who recorded it and what was agreed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سجّل الموافقة أولًا: ضع علامة، واذكر من سجّلها وعلامَ تمت الموافقة</translation>
    </message>
    <message>
        <source>Consent is required: tick that the person agreed, who recorded it and what they agreed to.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموافقة مطلوبة: ضع علامة على أن الشخص وافق، ومن سجّل ذلك وعلامَ وافق.</translation>
    </message>
    <message>
        <source>Saved (encrypted).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حُفظ (مشفّرًا).</translation>
    </message>
    <message>
        <source>Save the coordinator public key</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احفظ المفتاح العام للمنسق</translation>
    </message>
    <message>
        <source>Coordinator public key (*.nmkey)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المفتاح العام للمنسق (*.nmkey)</translation>
    </message>
    <message>
        <source>Public key saved as %1 in the folder %2. Give this file to your mappers. Fingerprint %3: read it to them so they can check the file they use.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حُفظ المفتاح العام باسم %1 في المجلد %2. أعطِ هذا الملف لراسمي خرائطك. البصمة %3: اقرأها لهم ليتحققوا من الملف الذي يستخدمونه.</translation>
    </message>
    <message>
        <source>online or no place</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عبر الإنترنت أو بلا مكان</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 كم</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>not open now</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>غير مفتوح الآن</translation>
    </message>
    <message>
        <source>group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مجموعة</translation>
    </message>
    <message>
        <source>%1 (%2; %3; %4) for %5</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 (%2؛ %3؛ %4) لـ %5</translation>
    </message>
    <message>
        <source>Choose a care need and a suggestion first.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختر احتياج رعاية واقتراحًا أولًا.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رُبط بـ %1.</translation>
    </message>
    <message>
        <source>Search care needs: need, neighbourhood, status, notes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابحث في احتياجات الرعاية: الاحتياج، الحي، الحالة، الملاحظات</translation>
    </message>
    <message>
        <source>Search care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>البحث في احتياجات الرعاية</translation>
    </message>
    <message>
        <source>Care needs shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احتياجات الرعاية المعروضة</translation>
    </message>
    <message>
        <source>%1 of %2 care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 من %2 من احتياجات الرعاية</translation>
    </message>
    <message>
        <source>%1 care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احتياجات الرعاية: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>ok</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سليم</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُلغي؛ لم يتغير شيء</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>وواحد آخر</numerusform>
            <numerusform>واثنان آخران</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُضيف %1، حُدّث %2، بلا تغيير %3، تُخطّي %4</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا تحذيرات</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%n تحذيرات</numerusform>
            <numerusform>%n تحذيرًا</numerusform>
            <numerusform>%n تحذير</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote %1: %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كُتب %1: %2</translation>
    </message>
    <message>
        <source>(public: only what may be published)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(عام: فقط ما يجوز نشره)</translation>
    </message>
    <message>
        <source>%1 is busy (another program is writing to it); waiting...</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 مشغول (برنامج آخر يكتب فيه)؛ جارٍ الانتظار...</translation>
    </message>
    <message>
        <source>created %1 with %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُنشئ %1 مع %2</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا أحياء</numerusform>
            <numerusform>حي واحد</numerusform>
            <numerusform>حيّان</numerusform>
            <numerusform>%n أحياء</numerusform>
            <numerusform>%n حيًّا</numerusform>
            <numerusform>%n حي</numerusform>
        </translation>
    </message>
    <message>
        <source>applied %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>طُبّق %1</translation>
    </message>
    <message>
        <source>schema up to date</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المخطط محدَّث</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا موارد</numerusform>
            <numerusform>مورد واحد</numerusform>
            <numerusform>موردان</numerusform>
            <numerusform>%n موارد</numerusform>
            <numerusform>%n موردًا</numerusform>
            <numerusform>%n مورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا مجموعات</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتان</numerusform>
            <numerusform>%n مجموعات</numerusform>
            <numerusform>%n مجموعة</numerusform>
            <numerusform>%n مجموعة</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot listen on %1 (%2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تعذّر الاستماع على %1 (%2)</translation>
    </message>
    <message>
        <source>Open Referral UK API on %1 (read-only; Ctrl+C stops it)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>واجهة Open Referral UK البرمجية على %1 (للقراءة فقط؛ Ctrl+C يوقفها)</translation>
    </message>
    <message>
        <source>(mapper --help for more)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(للمزيد: mapper --help)</translation>
    </message>
    <message>
        <source>unexpected error:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خطأ غير متوقع:</translation>
    </message>
    <message>
        <source>(details in %1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(التفاصيل في %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) changed in the project since the export were kept; the file&apos;s values are in Review</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لم تُبقَ أي خلية؛ قيم الملف في المراجعة</numerusform>
            <numerusform>أُبقيت خلية واحدة تغيّرت في المشروع بعد التصدير؛ قيم الملف في المراجعة</numerusform>
            <numerusform>أُبقيت خليتان تغيّرتا في المشروع بعد التصدير؛ قيم الملف في المراجعة</numerusform>
            <numerusform>أُبقيت %n خلايا تغيّرت في المشروع بعد التصدير؛ قيم الملف في المراجعة</numerusform>
            <numerusform>أُبقيت %n خلية تغيّرت في المشروع بعد التصدير؛ قيم الملف في المراجعة</numerusform>
            <numerusform>أُبقيت %n خلية تغيّرت في المشروع بعد التصدير؛ قيم الملف في المراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote %1: Open Referral UK 3.0 with %2, %3, %4 (JSON and tabular data package)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كُتب %1: Open Referral UK 3.0 مع %2، %3، %4 (JSON وحزمة بيانات جدولية)</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا خدمات</numerusform>
            <numerusform>خدمة واحدة</numerusform>
            <numerusform>خدمتان</numerusform>
            <numerusform>%n خدمات</numerusform>
            <numerusform>%n خدمة</numerusform>
            <numerusform>%n خدمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا منظمات</numerusform>
            <numerusform>منظمة واحدة</numerusform>
            <numerusform>منظمتان</numerusform>
            <numerusform>%n منظمات</numerusform>
            <numerusform>%n منظمة</numerusform>
            <numerusform>%n منظمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا مواقع</numerusform>
            <numerusform>موقع واحد</numerusform>
            <numerusform>موقعان</numerusform>
            <numerusform>%n مواقع</numerusform>
            <numerusform>%n موقعًا</numerusform>
            <numerusform>%n موقع</numerusform>
        </translation>
    </message>
    <message>
        <source>public map with %1 in %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خريطة عامة فيها %1 في %2</translation>
    </message>
    <message>
        <source>map with %1 in %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خريطة فيها %1 في %2</translation>
    </message>
    <message>
        <source>wrote %1: %2 (one file, works offline)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كُتب %1: %2 (ملف واحد، يعمل دون اتصال)</translation>
    </message>
    <message>
        <source>%1, decrypted: keep this file safe</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1، بعد فك التشفير: احفظ هذا الملف في مكان آمن</translation>
    </message>
    <message numerus="yes">
        <source>%n care need(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا احتياجات رعاية</numerusform>
            <numerusform>احتياج رعاية واحد</numerusform>
            <numerusform>احتياجا رعاية</numerusform>
            <numerusform>%n احتياجات رعاية</numerusform>
            <numerusform>%n احتياج رعاية</numerusform>
            <numerusform>%n احتياج رعاية</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: care needs %2 added, %3 updated, %4 unchanged (sealed in the project)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: احتياجات الرعاية — أُضيف %2، حُدّث %3، بلا تغيير %4 (مختومة في المشروع)</translation>
    </message>
    <message>
        <source>wrote %1: public website with %2 and %3 (%4; open index.html, works offline)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كُتب %1: موقع ويب عام فيه %2 و%3 (%4؛ افتح index.html، يعمل دون اتصال)</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood profile(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا ملفات تعريف للأحياء</numerusform>
            <numerusform>ملف تعريف حي واحد</numerusform>
            <numerusform>ملفا تعريف حيين</numerusform>
            <numerusform>%n ملفات تعريف أحياء</numerusform>
            <numerusform>%n ملف تعريف حي</numerusform>
            <numerusform>%n ملف تعريف حي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفًا</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>an ORUK export goes into a new folder (or replaces an earlier ORUK export)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يُحفظ تصدير ORUK في مجلد جديد (أو يحل محل تصدير ORUK سابق)</translation>
    </message>
    <message>
        <source>cannot write the ORUK export (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تعذّرت كتابة تصدير ORUK (%1)</translation>
    </message>
    <message>
        <source>a website is published into a new folder (or replaces an earlier published site)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يُنشر الموقع في مجلد جديد (أو يحل محل موقع منشور سابقًا)</translation>
    </message>
    <message>
        <source>cannot write the website (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تعذّرت كتابة الموقع (%1)</translation>
    </message>
    <message>
        <source>created %1: %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُنشئ %1: %2</translation>
    </message>
    <message>
        <source>%1 changed by another tool; they get versions when the app opens the file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 غيّرتها أداة أخرى؛ تحصل على إصدارات عندما يفتح التطبيق الملف</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) already recorded given their neighbourhood from these boundaries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لم يُمنح أي مورد مسجّل حيًّا من هذه الحدود</numerusform>
            <numerusform>مُنح مورد واحد مسجّل مسبقًا حيّه من هذه الحدود</numerusform>
            <numerusform>مُنح موردان مسجّلان مسبقًا حيّهما من هذه الحدود</numerusform>
            <numerusform>مُنحت %n موارد مسجّلة مسبقًا أحياءها من هذه الحدود</numerusform>
            <numerusform>مُنح %n موردًا مسجّلًا مسبقًا أحياءه من هذه الحدود</numerusform>
            <numerusform>مُنح %n مورد مسجّل مسبقًا أحياءه من هذه الحدود</numerusform>
        </translation>
    </message>
    <message>
        <source>create the Sheffield demo project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إنشاء مشروع شيفيلد التجريبي</translation>
    </message>
    <message>
        <source>create an empty project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إنشاء مشروع فارغ</translation>
    </message>
    <message>
        <source>add or update records from .gpkg .xlsx .csv .geojson</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إضافة سجلات أو تحديثها من ‎.gpkg .xlsx .csv .geojson</translation>
    </message>
    <message>
        <source>Open Referral UK 3.0 (JSON + tabular data package)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Open Referral UK 3.0 (JSON + حزمة بيانات جدولية)</translation>
    </message>
    <message>
        <source>the public website (map, search, list, profiles)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموقع العام (الخريطة، البحث، القائمة، الملفات التعريفية)</translation>
    </message>
    <message>
        <source>the Open Referral UK API (read-only)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>واجهة Open Referral UK البرمجية (للقراءة فقط)</translation>
    </message>
    <message>
        <source>merge other mappers&apos; exports into PROJECT</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دمج صادرات راسمي الخرائط الآخرين في PROJECT</translation>
    </message>
    <message>
        <source>two-way sync with a folder or postgresql:// server (remembered)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مزامنة في الاتجاهين مع مجلد أو خادم postgresql://‎ (تُحفظ)</translation>
    </message>
    <message>
        <source>create or upgrade the central map&apos;s schema on PostgreSQL/PostGIS</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إنشاء مخطط الخريطة المركزية أو ترقيته على PostgreSQL/PostGIS</translation>
    </message>
    <message>
        <source>validate a project or export file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>التحقق من ملف مشروع أو ملف تصدير</translation>
    </message>
    <message>
        <source>counts by neighbourhood and category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الأعداد حسب الحي والفئة</translation>
    </message>
    <message>
        <source>scripted check of an installed copy (demo, map, add, export)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فحص آلي لنسخة مثبتة (عرض تجريبي، خريطة، إضافة، تصدير)</translation>
    </message>
    <message>
        <source>file whose first line is the care-needs passphrase</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملف سطره الأول عبارة مرور احتياجات الرعاية</translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>استبدال الملف إن كان موجودًا</translation>
    </message>
    <message>
        <source>neighbourhood polygons (.geojson or .gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مضلعات الأحياء (‎.geojson أو ‎.gpkg)</translation>
    </message>
    <message>
        <source>your name, recorded with every change</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اسمك، يُسجَّل مع كل تغيير</translation>
    </message>
    <message>
        <source>add or update records from files</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إضافة سجلات أو تحديثها من ملفات</translation>
    </message>
    <message>
        <source>polygons are neighbourhood boundaries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المضلعات هي حدود الأحياء</translation>
    </message>
    <message>
        <source>write records to a file (format from its suffix)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كتابة السجلات في ملف (الصيغة من امتداده)</translation>
    </message>
    <message>
        <source>a project file (with --format oruk also postgresql://...)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملف مشروع (ومع ‎--format oruk أيضًا postgresql://...‎)</translation>
    </message>
    <message>
        <source>only what may be published; never care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ما يجوز نشره فقط؛ احتياجات الرعاية أبدًا</translation>
    </message>
    <message>
        <source>coordinator&apos;s public key: care needs go encrypted to it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المفتاح العام للمنسّق: تُرسل احتياجات الرعاية مشفّرة له</translation>
    </message>
    <message>
        <source>oruk: Open Referral UK 3.0 into the folder OUT</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>oruk: ‏Open Referral UK 3.0 في المجلد OUT</translation>
    </message>
    <message>
        <source>write the public website into a folder</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كتابة الموقع العام في مجلد</translation>
    </message>
    <message>
        <source>a project file or the central map (postgresql://...)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملف مشروع أو الخريطة المركزية (postgresql://...‎)</translation>
    </message>
    <message>
        <source>answer the Open Referral UK API (read-only)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الرد على واجهة Open Referral UK البرمجية (للقراءة فقط)</translation>
    </message>
    <message>
        <source>address to listen on (default 127.0.0.1: this computer)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>العنوان الذي يُستمع عليه (الافتراضي 127.0.0.1: هذا الحاسوب)</translation>
    </message>
    <message>
        <source>merge other mappers&apos; exports into the project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دمج صادرات راسمي الخرائط الآخرين في المشروع</translation>
    </message>
    <message>
        <source>print the summary as JSON</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>طباعة الملخص بصيغة JSON</translation>
    </message>
    <message>
        <source>two-way sync with a shared folder or the central map&apos;s server</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مزامنة في الاتجاهين مع مجلد مشترك أو خادم الخريطة المركزية</translation>
    </message>
    <message>
        <source>a folder, a postgresql:// URI or a libpq service name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مجلد، أو عنوان postgresql://‎، أو اسم خدمة libpq</translation>
    </message>
    <message>
        <source>coordinator&apos;s public key: care needs go sealed to it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المفتاح العام للمنسّق: تُرسل احتياجات الرعاية مختومة له</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>طباعة النتيجة بصيغة JSON</translation>
    </message>
    <message>
        <source>set up the central map&apos;s server</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إعداد خادم الخريطة المركزية</translation>
    </message>
    <message>
        <source>postgresql:// URI or libpq service name of an (empty) database</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عنوان postgresql://‎ أو اسم خدمة libpq لقاعدة بيانات (فارغة)</translation>
    </message>
    <message>
        <source>--smoke-test needs one folder for its result</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يحتاج ‎--smoke-test إلى مجلد واحد لنتيجته</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أمر غير معروف %1</translation>
    </message>
    <message>
        <source>the language of the site&apos;s own words (recorded text stays as recorded)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لغة كلمات الموقع نفسه (يبقى النص المسجَّل كما سُجِّل)</translation>
    </message>
    <message>
        <source>the site cannot be published in %1: the languages are %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يمكن نشر الموقع بـ %1: اللغات هي %2</translation>
    </message>
    <message>
        <source>open the app (PROJECT, else the last one, else the welcome)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فتح التطبيق (PROJECT، وإلا الأخير، وإلا نافذة الترحيب)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>add asset “%1”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إضافة المورد “%1”</translation>
    </message>
    <message>
        <source>add group “%1”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إضافة المجموعة “%1”</translation>
    </message>
    <message>
        <source>add “%1”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إضافة “%1”</translation>
    </message>
    <message>
        <source>change %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تغيير %1</translation>
    </message>
    <message>
        <source>delete “%1”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حذف “%1”</translation>
    </message>
    <message>
        <source>delete</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حذف</translation>
    </message>
    <message>
        <source>add photo %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إضافة الصورة %1</translation>
    </message>
    <message>
        <source>remove photo %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إزالة الصورة %1</translation>
    </message>
    <message>
        <source>change photo caption</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تغيير تعليق الصورة</translation>
    </message>
</context>
<context>
    <name>CoordinatorMenu</name>
    <message>
        <source>Save my &amp;public key for mappers…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احفظ &amp;مفتاحي العام لراسمي الخرائط…</translation>
    </message>
    <message>
        <source>For the coordinator: make a key pair (kept sealed in this project) and save the public key file that mappers use to send you care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>للمنسق: أنشئ زوج مفاتيح (محفوظًا مختومًا في هذا المشروع) واحفظ ملف المفتاح العام الذي يستخدمه راسمو الخرائط لإرسال احتياجات الرعاية إليك</translation>
    </message>
    <message>
        <source>C&amp;oordinator</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ال&amp;منسق</translation>
    </message>
    <message>
        <source>To make or save the coordinator key, first set or enter the project passphrase here (the key pair is kept sealed under it).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لإنشاء مفتاح المنسق أو حفظه، عيّن أولًا عبارة مرور المشروع أو أدخلها هنا (زوج المفاتيح محفوظ مختومًا بها).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Install the newest Neighbourhood Mapper, then open the file again.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ثبّت أحدث إصدار من Neighbourhood Mapper ثم افتح الملف مجددًا.</translation>
    </message>
    <message>
        <source>Choose a Neighbourhood Mapper project (.gpkg). To bring in other files use File &gt; Import.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختر مشروع Neighbourhood Mapper (‎.gpkg‎). لإدخال ملفات أخرى استخدم ملف &gt; استيراد.</translation>
    </message>
    <message>
        <source>Correct the field shown and it will be saved at once.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صحّح الحقل المعروض وسيُحفظ فورًا.</translation>
    </message>
    <message>
        <source>The record may have been deleted; use Edit &gt; Undo if that was a mistake.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ربما حُذف السجل؛ استخدم تحرير &gt; تراجع إن كان ذلك خطأ.</translation>
    </message>
    <message>
        <source>Open the file in a spreadsheet or GIS program, fix the row named, and try again.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>افتح الملف في برنامج جداول أو نظم معلومات جغرافية، وأصلح الصف المذكور، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Choose another folder or file name and export again.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختر مجلدًا أو اسم ملف آخر ثم صدّر مجددًا.</translation>
    </message>
    <message>
        <source>Unlock care needs with the project&apos;s passphrase, or ask your coordinator for the key.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>افتح احتياجات الرعاية بعبارة مرور المشروع، أو اطلب المفتاح من منسقك.</translation>
    </message>
    <message>
        <source>Ask the mapper for a fresh export of their project and merge that.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اطلب من راسم الخريطة تصديرًا جديدًا لمشروعه وادمجه.</translation>
    </message>
    <message>
        <source>What finished before you pressed Cancel is kept whole; nothing is left half-done. Start it again when you are ready.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ما اكتمل قبل الضغط على إلغاء محفوظ كاملًا؛ لم يبقَ شيء نصف منجز. ابدأ من جديد عندما تكون مستعدًا.</translation>
    </message>
    <message>
        <source>Check the file named and try again.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تحقق من الملف المذكور وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Your saved work is safe: every edit shown as saved is in the project file. Try again; if it happens again, send the details to your coordinator.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عملك المحفوظ في أمان: كل تعديل ظهر محفوظًا موجود في ملف المشروع. حاول مجددًا؛ وإن تكرر ذلك فأرسل التفاصيل إلى منسقك.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رسالة خطأ</translation>
    </message>
    <message>
        <source>Neighbourhood Mapper</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تعذّر %1: %2</translation>
    </message>
    <message>
        <source>Something went wrong while trying to %1.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حدث خطأ أثناء محاولة %1.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حدث خطأ ما.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كُتبت التفاصيل في %1.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message>
        <source>Close message</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إغلاق الرسالة</translation>
    </message>
    <message>
        <source>Make room on the disk (empty the recycle bin, move old exports or large files elsewhere), then do it again. Everything shown as saved before this is safe.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أفرغ مساحة على القرص (أفرغ سلة المحذوفات، وانقل الصادرات القديمة أو الملفات الكبيرة إلى مكان آخر)، ثم أعد المحاولة. كل ما ظهر محفوظًا قبل ذلك آمن.</translation>
    </message>
    <message>
        <source>To change it, copy the file into a folder of your own (for example Documents) and open the copy.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لتغييره، انسخ الملف إلى مجلد خاص بك (مثل المستندات) وافتح النسخة.</translation>
    </message>
    <message>
        <source>the disk is full, so nothing was written</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>القرص ممتلئ، لذا لم يُكتب شيء</translation>
    </message>
    <message>
        <source>cannot read the passphrase file (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تعذّرت قراءة ملف عبارة المرور (%1)</translation>
    </message>
    <message>
        <source>the passphrase file is empty</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملف عبارة المرور فارغ</translation>
    </message>
    <message>
        <source>is a folder with no exports (.gpkg files) in it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مجلد لا يحتوي على أي صادرات (ملفات ‎.gpkg)</translation>
    </message>
    <message>
        <source>the record is not valid</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>السجل غير صالح</translation>
    </message>
    <message>
        <source>the disk is full or the file-size limit was reached; free some space and try again</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>القرص ممتلئ أو بلغ حجم الملف حده الأقصى؛ أفرغ بعض المساحة وحاول مرة أخرى</translation>
    </message>
    <message>
        <source>is busy: another program or window is writing to it; try again in a moment</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مشغول: برنامج أو نافذة أخرى تكتب فيه؛ حاول مرة أخرى بعد لحظة</translation>
    </message>
    <message>
        <source>its data is nested too deeply to read (damaged or hostile file)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بياناته متداخلة بعمق لا تمكن معه قراءتها (ملف تالف أو عدائي)</translation>
    </message>
    <message>
        <source>holds damaged data (text that should be JSON is not)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يحتوي على بيانات تالفة (نص يُفترض أن يكون JSON ليس كذلك)</translation>
    </message>
    <message>
        <source>holds a number too large to use (or infinite)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يحتوي على عدد أكبر من أن يُستخدم (أو لا نهائي)</translation>
    </message>
    <message>
        <source>is too large to read</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أكبر من أن يُقرأ</translation>
    </message>
    <message>
        <source>holds text in an encoding that cannot be read</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يحتوي على نص بترميز لا يمكن قراءته</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>permission denied: the file or its folder is read-only</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الإذن مرفوض: الملف أو مجلده للقراءة فقط</translation>
    </message>
    <message>
        <source>the file is too big: the file-size limit was reached</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الملف كبير جدًا: بلغ حجم الملف حده الأقصى</translation>
    </message>
    <message>
        <source>is on a read-only disk</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>موجود على قرص للقراءة فقط</translation>
    </message>
    <message>
        <source>file or folder not found</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم يُعثر على الملف أو المجلد</translation>
    </message>
    <message>
        <source>cannot be read or written (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يمكن قراءته أو الكتابة فيه (%1)</translation>
    </message>
    <message>
        <source>is read-only: nothing can be changed in it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>للقراءة فقط: لا يمكن تغيير أي شيء فيه</translation>
    </message>
    <message>
        <source>cannot be created or opened: its folder may be read-only or missing</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يمكن إنشاؤه أو فتحه: قد يكون مجلده للقراءة فقط أو غير موجود</translation>
    </message>
    <message>
        <source>a disk error stopped the write (disk full, file-size limit or a removed drive)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أوقف خطأ في القرص الكتابة (قرص ممتلئ، أو حد حجم الملف، أو محرك أُزيل)</translation>
    </message>
    <message>
        <source>the write was stopped by the disk (full or at its size limit); nothing was changed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أوقف القرص الكتابة (ممتلئ أو عند حد حجمه)؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>cannot be read safely (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يمكن قراءته بأمان (%1)</translation>
    </message>
    <message>
        <source>cannot import %1; use .gpkg .xlsx .csv or .geojson</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يمكن استيراد %1؛ استخدم ‎.gpkg أو ‎.xlsx أو ‎.csv أو ‎.geojson</translation>
    </message>
    <message>
        <source>files without a suffix</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملفات بلا امتداد</translation>
    </message>
    <message>
        <source>file not found</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم يُعثر على الملف</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>no sheets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا توجد أوراق</translation>
    </message>
    <message>
        <source>nothing to import: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا شيء للاستيراد: %1</translation>
    </message>
    <message>
        <source>is not readable GeoJSON (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ليس GeoJSON قابلًا للقراءة (%1)</translation>
    </message>
    <message>
        <source>has no features</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يحتوي على معالم</translation>
    </message>
    <message>
        <source>has no polygons</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يحتوي على مضلعات</translation>
    </message>
    <message>
        <source>has no polygon layer</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يحتوي على طبقة مضلعات</translation>
    </message>
    <message>
        <source>boundaries must be in EPSG:4326 (this layer is %1); use &apos;mapper import&apos; to reproject</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يجب أن تكون الحدود بنظام EPSG:4326 (هذه الطبقة %1)؛ استخدم &apos;mapper import&apos; لإعادة الإسقاط</translation>
    </message>
    <message>
        <source>boundaries must be a .geojson or .gpkg file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يجب أن تكون الحدود ملف ‎.geojson أو ‎.gpkg</translation>
    </message>
    <message>
        <source>column mapping: %1 (for column %2) is not a field this app knows</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ربط الأعمدة: %1 (للعمود %2) ليس حقلًا يعرفه هذا التطبيق</translation>
    </message>
    <message>
        <source>the text is %1 characters long; a spreadsheet cell holds at most %2, so nothing was written (shorten it first)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>طول النص %1 حرفًا؛ تتسع خلية جدول البيانات لـ %2 على الأكثر، لذا لم يُكتب شيء (اختصره أولًا)</translation>
    </message>
    <message>
        <source>is not UTF-8 text, so not GeoJSON</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ليس نصًا بترميز UTF-8، فليس GeoJSON</translation>
    </message>
    <message>
        <source>is not valid GeoJSON (line %1: %2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ليس GeoJSON صالحًا (السطر %1: %2)</translation>
    </message>
    <message>
        <source>is not a GeoJSON FeatureCollection</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ليس FeatureCollection بصيغة GeoJSON</translation>
    </message>
    <message>
        <source>has no features list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يحتوي على قائمة معالم</translation>
    </message>
    <message>
        <source>has no features (the file is empty)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يحتوي على معالم (الملف فارغ)</translation>
    </message>
    <message>
        <source>is a Neighbourhood Mapper export: merge it (File → Merge, or &apos;mapper import&apos; which merges it)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصدير من Neighbourhood Mapper: ادمجه (ملف ← دمج، أو &apos;mapper import&apos; الذي يدمجه)</translation>
    </message>
    <message>
        <source>is not a GeoPackage (no gpkg_contents table)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ليس GeoPackage (لا يوجد جدول gpkg_contents)</translation>
    </message>
    <message>
        <source>has no map layers (no point or polygon features) to import</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يحتوي على طبقات خريطة (معالم نقطية أو مضلعة) للاستيراد</translation>
    </message>
    <message>
        <source>its layers are empty: nothing to import</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>طبقاته فارغة: لا شيء للاستيراد</translation>
    </message>
    <message>
        <source>layer %1 cannot be read safely (%2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يمكن قراءة الطبقة %1 بأمان (%2)</translation>
    </message>
    <message>
        <source>empty</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>has no records to import</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يحتوي على سجلات للاستيراد</translation>
    </message>
    <message>
        <source>sheet %1 would have more than %2 rows, Excel&apos;s limit</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ستحتوي الورقة %1 على أكثر من %2 صف، وهو حد Excel</translation>
    </message>
    <message>
        <source>is not an Excel .xlsx file (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ليس ملف Excel بصيغة ‎.xlsx (%1)</translation>
    </message>
    <message>
        <source>refused: part %1 would inflate %2 times to %3 bytes (a zip bomb?)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مرفوض: الجزء %1 سيتضخم %2 مرة إلى %3 بايت (قنبلة ضغط؟)</translation>
    </message>
    <message>
        <source>refused: the workbook would inflate to %1 bytes, more than this app reads (a zip bomb?)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مرفوض: سيتضخم المصنف إلى %1 بايت، وهو أكثر مما يقرؤه هذا التطبيق (قنبلة ضغط؟)</translation>
    </message>
    <message>
        <source>a map export must end in .html</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يجب أن ينتهي اسم تصدير الخريطة بـ ‎.html</translation>
    </message>
    <message>
        <source>cannot write the map (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تعذّرت كتابة الخريطة (%1)</translation>
    </message>
    <message>
        <source>basemap file not found</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم يُعثر على ملف الخريطة الأساسية</translation>
    </message>
    <message>
        <source>is not an MBTiles file (not SQLite)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ليس ملف MBTiles (ليس SQLite)</translation>
    </message>
    <message>
        <source>is not an MBTiles file (no tiles table)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ليس ملف MBTiles (لا يوجد جدول tiles)</translation>
    </message>
    <message>
        <source>holds %1 tiles; only raster png, jpg or webp tiles can be shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يحتوي على بلاطات %1؛ لا يمكن عرض إلا البلاطات النقطية png أو jpg أو webp</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يمكن قراءته (%1)</translation>
    </message>
    <message>
        <source>is not a readable .xlsx workbook</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ليس مصنف ‎.xlsx قابلًا للقراءة</translation>
    </message>
    <message>
        <source>has no &apos;%1&apos; sheet</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يحتوي على الورقة &apos;%1&apos;</translation>
    </message>
    <message>
        <source>is not a GeoPackage (not an SQLite database)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ليس GeoPackage (ليس قاعدة بيانات SQLite)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الملف تالف (%1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا إجابة</translation>
    </message>
    <message>
        <source>cannot be read as a database (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يمكن قراءته كقاعدة بيانات (%1)</translation>
    </message>
    <message>
        <source>cannot be opened: permission denied</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يمكن فتحه: الإذن مرفوض</translation>
    </message>
    <message>
        <source>the file is damaged (its integrity check fails)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الملف تالف (يفشل فحص سلامته)</translation>
    </message>
    <message>
        <source>its schema version is damaged (not a number)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إصدار مخططه تالف (ليس رقمًا)</translation>
    </message>
    <message>
        <source>was made by a newer version of Neighbourhood Mapper (schema %1, this app knows %2); please update the app</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُنشئ بإصدار أحدث من Neighbourhood Mapper (المخطط %1، وهذا التطبيق يعرف %2)؛ يُرجى تحديث التطبيق</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <source>no asset with id %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يوجد مورد بالمعرّف %1</translation>
    </message>
    <message>
        <source>no group with id %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا توجد مجموعة بالمعرّف %1</translation>
    </message>
    <message>
        <source>no care need with id %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا توجد حاجة رعاية بالمعرّف %1</translation>
    </message>
    <message>
        <source>no neighbourhood with id %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يوجد حي بالمعرّف %1</translation>
    </message>
    <message>
        <source>already exists; choose another name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>موجود بالفعل؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <source>is not a Neighbourhood Mapper project (import it instead)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ليس مشروع Neighbourhood Mapper (استورده بدلًا من ذلك)</translation>
    </message>
    <message>
        <source>is read-only (its file or folder permissions): nothing can be changed in it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>للقراءة فقط (أذونات ملفه أو مجلده): لا يمكن تغيير أي شيء فيه</translation>
    </message>
    <message>
        <source>the disk is full, so this change was not saved</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>القرص ممتلئ، لذا لم يُحفظ هذا التغيير</translation>
    </message>
    <message>
        <source>nothing deleted with id %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يوجد محذوف بالمعرّف %1</translation>
    </message>
    <message>
        <source>is not a photo this app keeps (use .jpg, .png, .gif, .webp or .bmp)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ليست صورة يحتفظ بها هذا التطبيق (استخدم ‎.jpg أو ‎.png أو ‎.gif أو ‎.webp أو ‎.bmp)</translation>
    </message>
    <message>
        <source>is %1 MB; photos up to 25 MB can be kept</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حجمها %1 ميغابايت؛ يمكن الاحتفاظ بالصور حتى 25 ميغابايت</translation>
    </message>
    <message>
        <source>refused: a review decision %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مرفوض: قرار مراجعة %1</translation>
    </message>
    <message>
        <source>holds binary data or numbers where text belongs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يحتوي على بيانات ثنائية أو أرقام حيث يجب أن يكون نص</translation>
    </message>
    <message>
        <source>is of an unknown kind (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>من نوع غير معروف (%1)</translation>
    </message>
    <message>
        <source>cannot be read (damaged JSON)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يمكن قراءته (JSON تالف)</translation>
    </message>
    <message>
        <source>cannot be read (not a checkpoint)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يمكن قراءته (ليس نقطة تحقق)</translation>
    </message>
    <message>
        <source>one of the pair no longer exists</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أحد الزوج لم يعد موجودًا</translation>
    </message>
    <message>
        <source>is the project itself; merge other mappers&apos; exports into it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>هو المشروع نفسه؛ ادمج فيه صادرات راسمي الخرائط الآخرين</translation>
    </message>
    <message>
        <source>merge cancelled; nothing was changed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُلغي الدمج؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>refused: it holds care needs that are not encrypted</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مرفوض: يحتوي على احتياجات رعاية غير مشفّرة</translation>
    </message>
    <message>
        <source>is not a Neighbourhood Mapper export (no record versions); import it instead</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ليس تصديرًا من Neighbourhood Mapper (لا توجد إصدارات سجلات)؛ استورده بدلًا من ذلك</translation>
    </message>
    <message>
        <source>record versions cannot be read</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يمكن قراءة إصدارات السجلات</translation>
    </message>
    <message>
        <source>its deleted-record data cannot be read</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يمكن قراءة بيانات سجلاته المحذوفة</translation>
    </message>
    <message>
        <source>cannot write %1; use .gpkg .xlsx .csv or .geojson</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يمكن كتابة %1؛ استخدم ‎.gpkg أو ‎.xlsx أو ‎.csv أو ‎.geojson</translation>
    </message>
    <message>
        <source>is the project file itself (or a file it has open); choose another name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>هو ملف المشروع نفسه (أو ملف مفتوح لديه)؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <source>care needs are never part of a public export</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احتياجات الرعاية ليست أبدًا جزءًا من تصدير عام</translation>
    </message>
    <message>
        <source>unknown kind %1 (assets, groups, needs, all or template)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نوع غير معروف %1 (assets أو groups أو needs أو all أو template)</translation>
    </message>
    <message>
        <source>a blank template is a spreadsheet: use .xlsx or .csv</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>القالب الفارغ جدول بيانات: استخدم ‎.xlsx أو ‎.csv</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المجلد غير موجود</translation>
    </message>
    <message>
        <source>the folder is read-only: choose another folder</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المجلد للقراءة فقط: اختر مجلدًا آخر</translation>
    </message>
    <message>
        <source>cannot seal the care need field %1 without its record id</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يمكن ختم حقل حاجة الرعاية %1 دون معرّف سجله</translation>
    </message>
    <message>
        <source>sheet %1 row %2 column %3</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الورقة %1 الصف %2 العمود %3</translation>
    </message>
    <message>
        <source>line 2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>السطر 2</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الصف %1، العمود %2</translation>
    </message>
    <message>
        <source>record %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>السجل %1</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>القرار %1</translation>
    </message>
    <message>
        <source>care need %1, column %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حاجة الرعاية %1، العمود %2</translation>
    </message>
    <message>
        <source>the file is damaged (%1); nothing was changed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الملف تالف (%1)؛ لم يتغير شيء</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>GeoPackage for a coordinator or QGIS (*.gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>GeoPackage لمنسق أو لـ QGIS ‏(*.gpkg)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مصنف Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>Public web map, one file (*.html)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خريطة ويب عامة، ملف واحد (*.html)</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا موارد</numerusform>
            <numerusform>مورد واحد</numerusform>
            <numerusform>موردان</numerusform>
            <numerusform>%n موارد</numerusform>
            <numerusform>%n موردًا</numerusform>
            <numerusform>%n مورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا مجموعات</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتان</numerusform>
            <numerusform>%n مجموعات</numerusform>
            <numerusform>%n مجموعة</numerusform>
            <numerusform>%n مجموعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا أحياء</numerusform>
            <numerusform>حي واحد</numerusform>
            <numerusform>حيّان</numerusform>
            <numerusform>%n أحياء</numerusform>
            <numerusform>%n حيًا</numerusform>
            <numerusform>%n حي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care need(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا احتياجات رعاية</numerusform>
            <numerusform>احتياج رعاية واحد</numerusform>
            <numerusform>احتياجا رعاية</numerusform>
            <numerusform>%n احتياجات رعاية</numerusform>
            <numerusform>%n احتياج رعاية</numerusform>
            <numerusform>%n احتياج رعاية</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>in the folder %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>في المجلد %1</translation>
    </message>
    <message>
        <source>Saved the map of %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حُفظت خريطة %1</translation>
    </message>
    <message>
        <source>as %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>باسم %1</translation>
    </message>
    <message>
        <source>It opens in any web browser, also without internet.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تُفتح في أي متصفح ويب، حتى دون إنترنت.</translation>
    </message>
    <message>
        <source>Left out: assets not marked “May appear on public maps”, and every care need.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُغفل: الموارد غير المعلَّمة “يجوز ظهوره على الخرائط العامة”، وكل احتياجات الرعاية.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>records not marked “May appear on public maps”, the change history and every care need (this is a public file)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>السجلات غير المعلَّمة “يجوز ظهوره على الخرائط العامة”، وسجل التغييرات، وكل احتياجات الرعاية (هذا ملف عام)</translation>
    </message>
    <message numerus="yes">
        <source>the %n care need(s): no coordinator key was chosen, so they stay on this laptop (choose your coordinator&apos;s .nmkey file to send them, locked)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>احتياجات الرعاية (%n): لم يُختر مفتاح منسق، فتبقى على هذا الحاسوب (اختر ملف ‎.nmkey‎ الخاص بمنسقك لإرسالها مقفلة)</numerusform>
            <numerusform>احتياجات الرعاية (%n): لم يُختر مفتاح منسق، فتبقى على هذا الحاسوب (اختر ملف ‎.nmkey‎ الخاص بمنسقك لإرسالها مقفلة)</numerusform>
            <numerusform>احتياجات الرعاية (%n): لم يُختر مفتاح منسق، فتبقى على هذا الحاسوب (اختر ملف ‎.nmkey‎ الخاص بمنسقك لإرسالها مقفلة)</numerusform>
            <numerusform>احتياجات الرعاية (%n): لم يُختر مفتاح منسق، فتبقى على هذا الحاسوب (اختر ملف ‎.nmkey‎ الخاص بمنسقك لإرسالها مقفلة)</numerusform>
            <numerusform>احتياجات الرعاية (%n): لم يُختر مفتاح منسق، فتبقى على هذا الحاسوب (اختر ملف ‎.nmkey‎ الخاص بمنسقك لإرسالها مقفلة)</numerusform>
            <numerusform>احتياجات الرعاية (%n): لم يُختر مفتاح منسق، فتبقى على هذا الحاسوب (اختر ملف ‎.nmkey‎ الخاص بمنسقك لإرسالها مقفلة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n care need(s) are in it locked: only your coordinator can read them.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>احتياجات الرعاية (%n) فيه مقفلة: لا يقرؤها إلا منسقك.</numerusform>
            <numerusform>احتياجات الرعاية (%n) فيه مقفلة: لا يقرؤها إلا منسقك.</numerusform>
            <numerusform>احتياجات الرعاية (%n) فيه مقفلة: لا يقرؤها إلا منسقك.</numerusform>
            <numerusform>احتياجات الرعاية (%n) فيه مقفلة: لا يقرؤها إلا منسقك.</numerusform>
            <numerusform>احتياجات الرعاية (%n) فيه مقفلة: لا يقرؤها إلا منسقك.</numerusform>
            <numerusform>احتياجات الرعاية (%n) فيه مقفلة: لا يقرؤها إلا منسقك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُغفل: %1.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Record id (uuid)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>معرّف السجل (uuid)</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Group type</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نوع المجموعة</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Easting</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الإحداثي الشرقي</translation>
    </message>
    <message>
        <source>Northing</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الإحداثي الشمالي</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Neighbourhoods served</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الأحياء المخدومة</translation>
    </message>
    <message>
        <source>Opening times</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أوقات الفتح</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Charity number</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رقم الجمعية الخيرية</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سهولة الوصول</translation>
    </message>
    <message>
        <source>Cost</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Audience</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الجمهور</translation>
    </message>
    <message>
        <source>Principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المبادئ</translation>
    </message>
    <message>
        <source>Run by (group)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يديره (مجموعة)</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>May publish (yes/no)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يجوز النشر (yes/no)</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آخر تحقق</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سجّله</translation>
    </message>
    <message>
        <source>Boundary code</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رمز الحدود</translation>
    </message>
    <message>
        <source>Population</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>السكان</translation>
    </message>
    <message>
        <source>Ward</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>Base (the record as exported)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الأساس (السجل كما صُدّر)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Importing</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>import the files</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>استيراد الملفات</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <source>export</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Exporting the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جارٍ تصدير الخريطة</translation>
    </message>
    <message>
        <source>export the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصدير الخريطة</translation>
    </message>
    <message>
        <source>Merging</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جارٍ الدمج</translation>
    </message>
    <message>
        <source>merge the files</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دمج الملفات</translation>
    </message>
    <message>
        <source>Neighbourhood Mapper project (*.gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مشروع Neighbourhood Mapper ‏(*.gpkg)</translation>
    </message>
    <message>
        <source>create the project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إنشاء المشروع</translation>
    </message>
    <message>
        <source>Open project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تم: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تم</translation>
    </message>
    <message>
        <source>Add a basemap</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إضافة خريطة أساس</translation>
    </message>
    <message>
        <source>Map tiles (*.mbtiles)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بلاطات الخريطة (*.mbtiles)</translation>
    </message>
    <message>
        <source>Basemap %1 added: choose it in the map&apos;s layer list.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُضيفت خريطة الأساس %1: اخترها من قائمة طبقات الخريطة.</translation>
    </message>
    <message>
        <source>Import records</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>استيراد سجلات</translation>
    </message>
    <message>
        <source>Data files (*.gpkg *.xlsx *.csv *.geojson *.json)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملفات البيانات (*.gpkg *.xlsx *.csv *.geojson *.json)</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: أُضيف %2، حُدّث %3، بلا تغيير %4</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لم يُتخطَّ أي صف</numerusform>
            <numerusform>تُخطّي صف واحد</numerusform>
            <numerusform>تُخطّي صفان</numerusform>
            <numerusform>تُخطّيت %n صفوف</numerusform>
            <numerusform>تُخطّي %n صفًا</numerusform>
            <numerusform>تُخطّي %n صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>وواحد آخر</numerusform>
            <numerusform>واثنان آخران</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>An import cannot be taken back with Ctrl+Z (the undo list starts again from here). Each record&apos;s History shows what the import changed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يمكن التراجع عن الاستيراد بـ Ctrl+Z (تبدأ قائمة التراجع من جديد من هنا). يُظهر السجل التاريخي لكل سجل ما غيّره الاستيراد.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Is this export for the public (only records marked “May appear on public maps”, no care needs), or for your coordinator?</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>هل هذا التصدير للعامة (فقط السجلات المعلَّمة “يجوز ظهوره على الخرائط العامة”، بلا احتياجات رعاية) أم لمنسقك؟</translation>
    </message>
    <message>
        <source>Public</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عام</translation>
    </message>
    <message>
        <source>For my coordinator</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لمنسقي</translation>
    </message>
    <message>
        <source>Your coordinator&apos;s public key (Cancel: care needs stay on this laptop)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المفتاح العام لمنسقك (إلغاء: تبقى احتياجات الرعاية على هذا الحاسوب)</translation>
    </message>
    <message>
        <source>Coordinator public key (*.nmkey)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المفتاح العام للمنسق (*.nmkey)</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اكتمل التصدير</translation>
    </message>
    <message>
        <source>Merge exports</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دمج الملفات المصدّرة</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Merge every export in a folder</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ادمج كل ملف مصدّر في مجلد</translation>
    </message>
    <message>
        <source>has no GeoPackage (.gpkg) exports to merge</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يحوي ملفات GeoPackage (‎.gpkg‎) مصدّرة للدمج</translation>
    </message>
    <message>
        <source>Merge finished</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اكتمل الدمج</translation>
    </message>
    <message>
        <source>Review now</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>راجع الآن</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>add the basemap</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إضافة الخريطة الأساسية</translation>
    </message>
    <message>
        <source>Created %1 with %2. Add an asset with Ctrl+N, or on the map with Ctrl+Shift+A.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُنشئ %1 مع %2. أضف موردًا بـ Ctrl+N، أو على الخريطة بـ Ctrl+Shift+A.</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا أحياء</numerusform>
            <numerusform>حي واحد</numerusform>
            <numerusform>حيّان</numerusform>
            <numerusform>%n أحياء</numerusform>
            <numerusform>%n حيًّا</numerusform>
            <numerusform>%n حي</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1, with no neighbourhoods yet (File → Import adds boundaries).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُنشئ %1 دون أحياء بعد (ملف ← استيراد يضيف الحدود).</translation>
    </message>
    <message>
        <source>Creating the project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إنشاء المشروع</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Neighbourhood Mapper</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مرحبًا بك في Neighbourhood Mapper</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>Record the places, groups and help that make your neighbourhood strong. Everything stays on this computer until you choose to share it.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سجّل الأماكن والمجموعات والمساعدة التي تجعل حيّك قويًا. يبقى كل شيء على هذا الحاسوب حتى تختار مشاركته.</translation>
    </message>
    <message>
        <source>Start mapping my neighbourhood…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابدأ رسم خريطة حيّي…</translation>
    </message>
    <message>
        <source>Open a file I was given…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>افتح ملفًا أُعطي لي…</translation>
    </message>
    <message>
        <source>Try the demo (made-up records: not for real work)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جرّب العرض التجريبي (سجلات مختلقة: ليست للعمل الحقيقي)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Shown in each record&apos;s history, for example Sam at Hillside</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يظهر في السجل التاريخي لكل سجل، مثل Sam at Hillside</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اسمك:</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>The group&apos;s name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اسم المجموعة</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Charity number</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رقم الجمعية الخيرية</translation>
    </message>
    <message>
        <source>Neighbourhoods served</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الأحياء المخدومة</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آخر تحقق</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Publish</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>النشر</translation>
    </message>
    <message>
        <source>May appear on public maps</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يجوز ظهوره على الخرائط العامة</translation>
    </message>
    <message>
        <source>Assets this group runs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموارد التي تديرها هذه المجموعة</translation>
    </message>
    <message>
        <source>Link the selected asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اربط المورد المحدد</translation>
    </message>
    <message>
        <source>Link the selected asset to this group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اربط المورد المحدد بهذه المجموعة</translation>
    </message>
    <message>
        <source>Pick an asset in the Assets list, then press this to record that this group runs it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختر موردًا من قائمة الموارد، ثم اضغط هنا لتسجيل أن هذه المجموعة تديره</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فك الربط</translation>
    </message>
    <message>
        <source>Unlink the chosen asset from this group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>افصل المورد المختار عن هذه المجموعة</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يدير:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الصور:</translation>
    </message>
    <message>
        <source>link “%1” to “%2”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ربط “%1” بـ “%2”</translation>
    </message>
    <message>
        <source>Choose an asset in the Assets tab first, then come back and link it.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختر موردًا في لسان الموارد أولًا، ثم عُد واربطه.</translation>
    </message>
    <message>
        <source>unlink “%1”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فك ربط “%1”</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نص دليل المستخدم</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أغلق الدليل</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>someone</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شخص ما</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>السجل التاريخي لـ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to “%1”, newest first.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا تغييرات على “%1”.</numerusform>
            <numerusform>تغيير واحد على “%1”.</numerusform>
            <numerusform>تغييران على “%1”، الأحدث أولًا.</numerusform>
            <numerusform>%n تغييرات على “%1”، الأحدث أولًا.</numerusform>
            <numerusform>%n تغييرًا على “%1”، الأحدث أولًا.</numerusform>
            <numerusform>%n تغيير على “%1”، الأحدث أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Was</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كان</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الآن</translation>
    </message>
    <message>
        <source>How</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كيف</translation>
    </message>
    <message>
        <source>Close history</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إغلاق السجل التاريخي</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1 is not in the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 ليس في القائمة</translation>
    </message>
    <message>
        <source>unknown principles %1 left out</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حُذفت مبادئ غير معروفة: %1</translation>
    </message>
    <message>
        <source>NUL characters removed (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُزيلت محارف NUL (%1)</translation>
    </message>
    <message>
        <source>has a latitude or a longitude but not both</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فيه خط عرض أو خط طول وليس كليهما</translation>
    </message>
    <message>
        <source>easting/northing %1 is not in the British National Grid</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الإحداثيان الشرقي/الشمالي %1 ليسا ضمن الشبكة الوطنية البريطانية</translation>
    </message>
    <message>
        <source>no coordinates and postcode %1 is not known; added without a place on the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا إحداثيات والرمز البريدي %1 غير معروف؛ أُضيف دون مكان على الخريطة</translation>
    </message>
    <message>
        <source>no coordinates; added without a place on the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا إحداثيات؛ أُضيف دون مكان على الخريطة</translation>
    </message>
    <message>
        <source>coordinates %1 are not a place on Earth</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الإحداثيات %1 ليست مكانًا على الأرض</translation>
    </message>
    <message>
        <source>latitude and longitude were swapped; corrected</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كان خطا العرض والطول معكوسين؛ صُحّحا</translation>
    </message>
    <message>
        <source>coordinates %1 are outside Great Britain; please check</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الإحداثيات %1 خارج بريطانيا العظمى؛ يُرجى التحقق</translation>
    </message>
    <message>
        <source>is a line; only points and polygons can be imported</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>هذا خط؛ لا يمكن استيراد إلا النقاط والمضلعات</translation>
    </message>
    <message>
        <source>has a geometry that cannot be repaired</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>هندسته لا يمكن إصلاحها</translation>
    </message>
    <message>
        <source>category %1; recorded as &apos;other&apos;</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الفئة %1؛ سُجّلت بوصفها &apos;other&apos;</translation>
    </message>
    <message>
        <source>kind %1; taken from the category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>النوع %1؛ أُخذ من الفئة</translation>
    </message>
    <message>
        <source>status %1 (active, temporarily_closed or closed)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحالة %1 (active أو temporarily_closed أو closed)</translation>
    </message>
    <message>
        <source>run by %1: no single group has that name; left empty</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تديره %1: لا توجد مجموعة واحدة بهذا الاسم؛ تُرك فارغًا</translation>
    </message>
    <message>
        <source>neighbourhood %1 is not in this project; worked out from the place</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحي %1 ليس في هذا المشروع؛ استُنتج من المكان</translation>
    </message>
    <message>
        <source>group type %1; recorded as informal group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نوع المجموعة %1؛ سُجّلت مجموعة غير رسمية</translation>
    </message>
    <message>
        <source>neighbourhood %1 is not in this project; left out</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحي %1 ليس في هذا المشروع؛ تُرك</translation>
    </message>
    <message>
        <source>is a Point, not a polygon</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>هذه نقطة وليست مضلعًا</translation>
    </message>
    <message>
        <source>has no boundary</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ليس له حدود</translation>
    </message>
    <message>
        <source>boundary was not valid; repaired</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم تكن الحدود صالحة؛ أُصلحت</translation>
    </message>
    <message>
        <source>is a %1, not a polygon</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>هذا %1 وليس مضلعًا</translation>
    </message>
    <message>
        <source>id %1 is not one of ours; treated as a new record</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المعرّف %1 ليس من معرّفاتنا؛ عومل كسجل جديد</translation>
    </message>
    <message>
        <source>this record was deleted in the project; restore it there first</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حُذف هذا السجل في المشروع؛ استعده هناك أولًا</translation>
    </message>
    <message>
        <source>the same id appears twice in the file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المعرّف نفسه يظهر مرتين في الملف</translation>
    </message>
    <message>
        <source>changed in the project since the export, kept for review: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تغيّر في المشروع بعد التصدير، أُبقي للمراجعة: %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الصف %1</translation>
    </message>
    <message>
        <source>NUL or other control characters removed (column %1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُزيلت محارف NUL أو محارف تحكم أخرى (العمود %1)</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>هذا مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الملف فارغ</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Don&apos;t import</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا تستورد</translation>
    </message>
    <message>
        <source>areas on a map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مناطق على الخريطة</translation>
    </message>
    <message>
        <source>places on a map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أماكن على الخريطة</translation>
    </message>
    <message>
        <source>lines (not imported)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خطوط (لا تُستورد)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <source>Sheet or layer to preview</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الورقة أو الطبقة للمعاينة</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا صفوف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%n صفوف</numerusform>
            <numerusform>%n صفًا</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>first rows</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الصفوف الأولى</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>معاينة الصفوف الأولى</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحقل للعمود %1</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>This file&apos;s columns are matched automatically.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تُطابَق أعمدة هذا الملف تلقائيًا.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>These are neighbourhood boundaries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>هذه حدود أحياء</translation>
    </message>
    <message>
        <source>What will happen:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ما الذي سيحدث:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تحذيرات</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <source>spreadsheet</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جدول بيانات</translation>
    </message>
    <message>
        <source>GeoPackage</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <source>GeoJSON file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملف GeoJSON</translation>
    </message>
    <message>
        <source>Neighbourhood Mapper file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملف Neighbourhood Mapper</translation>
    </message>
    <message>
        <source>care-needs file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملف احتياجات الرعاية</translation>
    </message>
    <message>
        <source>%1: a %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>with %n sheet(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>بلا أوراق</numerusform>
            <numerusform>بورقة واحدة</numerusform>
            <numerusform>بورقتين</numerusform>
            <numerusform>بـ %n أوراق</numerusform>
            <numerusform>بـ %n ورقة</numerusform>
            <numerusform>بـ %n ورقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n layer(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>بلا طبقات</numerusform>
            <numerusform>بطبقة واحدة</numerusform>
            <numerusform>بطبقتين</numerusform>
            <numerusform>بـ %n طبقات</numerusform>
            <numerusform>بـ %n طبقة</numerusform>
            <numerusform>بـ %n طبقة</numerusform>
        </translation>
    </message>
    <message>
        <source>— check which of its columns go where, then Import.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>— تحقق من أي أعمدته تذهب إلى أين، ثم استورد.</translation>
    </message>
    <message numerus="yes">
        <source>first %n shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لم يُعرض شيء</numerusform>
            <numerusform>عُرض الأول</numerusform>
            <numerusform>عُرض الأولان</numerusform>
            <numerusform>عُرضت أول %n</numerusform>
            <numerusform>عُرض أول %n</numerusform>
            <numerusform>عُرض أول %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Coordinates: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الإحداثيات: %1</translation>
    </message>
    <message>
        <source>Nothing unusual found in the first rows.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم يُعثر على شيء غير عادي في الصفوف الأولى.</translation>
    </message>
    <message>
        <source>import %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>استيراد %1</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>%1 is a coordinator&apos;s public key.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 مفتاح عام لمنسق.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>البصمة: %1</translation>
    </message>
    <message>
        <source>Check it with your coordinator by phone before you use it.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تحقق منه مع منسقك بالهاتف قبل استخدامه.</translation>
    </message>
    <message>
        <source>To send your care needs sealed so only your coordinator can read them: open your project, choose File &gt; Export, answer “For my coordinator” and pick this file.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لإرسال احتياجات الرعاية مختومة فلا يقرؤها إلا منسقك: افتح مشروعك، واختر ملف &gt; تصدير، وأجب “لمنسقي” واختر هذا الملف.</translation>
    </message>
    <message>
        <source>Coordinator key</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مفتاح المنسق</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Neighbourhood Mapper</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper</translation>
    </message>
    <message>
        <source>Map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Map of the assets. The Assets list holds the same records as text.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خريطة الموارد. قائمة الموارد تضم السجلات نفسها نصًا.</translation>
    </message>
    <message>
        <source>Record lists</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قوائم السجلات</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;الموارد</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;المجموعات</translation>
    </message>
    <message>
        <source>Care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احتياجات الرعاية</translation>
    </message>
    <message>
        <source>&amp;Care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;احتياجات الرعاية</translation>
    </message>
    <message>
        <source>Scroll tabs left</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مرّر الألسنة يسارًا</translation>
    </message>
    <message>
        <source>Scroll tabs right</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مرّر الألسنة يمينًا</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Choose a record in the list or on the map, or add one with
Ctrl+N (new asset) or Ctrl+Shift+N (new group).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختر سجلًا من القائمة أو على الخريطة، أو أضف واحدًا بـ
Ctrl+N (مورد جديد) أو Ctrl+Shift+N (مجموعة جديدة).</translation>
    </message>
    <message>
        <source>Record panel</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لوحة السجل</translation>
    </message>
    <message>
        <source>Open a project to begin</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>افتح مشروعًا للبدء</translation>
    </message>
    <message>
        <source>Care needs appear here once the privacy module is installed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تظهر احتياجات الرعاية هنا بعد تثبيت وحدة الخصوصية.</translation>
    </message>
    <message>
        <source>open %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فتح %1</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جارٍ فتح %1</translation>
    </message>
    <message>
        <source>%1 — DEMO (made-up records) — %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 — عرض تجريبي (سجلات مختلقة) — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا موارد</numerusform>
            <numerusform>مورد واحد</numerusform>
            <numerusform>موردان</numerusform>
            <numerusform>%n موارد</numerusform>
            <numerusform>%n موردًا</numerusform>
            <numerusform>%n مورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا مجموعات</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتان</numerusform>
            <numerusform>%n مجموعات</numerusform>
            <numerusform>%n مجموعة</numerusform>
            <numerusform>%n مجموعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1: %2, %3. Every change is saved at once.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فُتح %1: %2، %3. يُحفظ كل تغيير فورًا.</translation>
    </message>
    <message>
        <source>All neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كل الأحياء</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 (للقراءة فقط)</translation>
    </message>
    <message>
        <source>Opened %1 read-only: %2, %3. Nothing can be changed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فُتح %1 للقراءة فقط: %2، %3. لا يمكن تغيير أي شيء.</translation>
    </message>
    <message>
        <source>Another window or program changed this file; the lists and the map now show its changes (%1).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>غيّرت نافذة أو برنامج آخر هذا الملف؛ القوائم والخريطة تعرض الآن تغييراته (%1).</translation>
    </message>
    <message>
        <source>Status message</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رسالة الحالة</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Community assets map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خريطة موارد المجتمع</translation>
    </message>
    <message>
        <source>Community assets map (not for publication)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خريطة موارد المجتمع (ليست للنشر)</translation>
    </message>
    <message>
        <source>Unlock care needs to see counts.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>افتح احتياجات الرعاية لرؤية الأعداد.</translation>
    </message>
    <message>
        <source>Set a care-needs passphrase and unlock care needs to see counts.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عيّن عبارة مرور لاحتياجات الرعاية ثم افتحها لرؤية الأعداد.</translation>
    </message>
    <message>
        <source>fewer than 10*</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أقل من 10*</translation>
    </message>
    <message>
        <source>100 or more</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>100 أو أكثر</translation>
    </message>
    <message>
        <source>Counts cannot be shown: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يمكن عرض الأعداد: %1</translation>
    </message>
    <message>
        <source>All care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كل احتياجات الرعاية</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الأحياء</translation>
    </message>
    <message>
        <source>Neighbourhood names</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أسماء الأحياء</translation>
    </message>
    <message>
        <source>Wards</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الدوائر الانتخابية</translation>
    </message>
    <message>
        <source>Assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموارد</translation>
    </message>
    <message>
        <source>Care needs (counts)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احتياجات الرعاية (أعداد)</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أوقات الفتح</translation>
    </message>
    <message>
        <source>Cost</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>For</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لمن</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Assets by kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموارد حسب النوع</translation>
    </message>
    <message>
        <source>Several assets (click to zoom)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عدة موارد (انقر للتكبير)</translation>
    </message>
    <message>
        <source>Care needs (published counts)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احتياجات الرعاية (الأعداد المنشورة)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Care need category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فئة احتياج الرعاية</translation>
    </message>
    <message>
        <source>Counts could not be loaded.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تعذّر تحميل الأعداد.</translation>
    </message>
    <message>
        <source>Neighbourhood Mapper: public map of community assets (no basemap).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper: خريطة عامة لموارد المجتمع (بلا خريطة أساس).</translation>
    </message>
    <message>
        <source>No basemap: to add one, choose File → Add basemap and pick an .mbtiles file.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا توجد خريطة أساس: لإضافة واحدة اختر ملف ← إضافة خريطة أساس ثم اختر ملف ‎.mbtiles‎.</translation>
    </message>
    <message>
        <source>Shading (indicator)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>التظليل (مؤشر)</translation>
    </message>
    <message>
        <source>Shade neighbourhoods by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ظلّل الأحياء حسب</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Layers</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الطبقات</translation>
    </message>
    <message>
        <source>No asset near the centre of the map. Move the map with the arrow keys.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يوجد مورد قرب مركز الخريطة. حرّك الخريطة بمفاتيح الأسهم.</translation>
    </message>
    <message>
        <source>%1 assets here: zoomed in.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>هنا %1 من الموارد: تم التكبير.</translation>
    </message>
    <message>
        <source>%1: details open. Escape closes them.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: التفاصيل مفتوحة. يغلقها مفتاح Escape.</translation>
    </message>
    <message>
        <source>Map. Arrow keys move it, plus and minus zoom, Enter opens the asset nearest the centre.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الخريطة. مفاتيح الأسهم تحرّكها، والزائد والناقص للتكبير والتصغير، وEnter يفتح أقرب مورد إلى المركز.</translation>
    </message>
    <message>
        <source>Asset details</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تفاصيل المورد</translation>
    </message>
    <message>
        <source>About this map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حول هذه الخريطة</translation>
    </message>
    <message>
        <source>No basemap</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا توجد خريطة أساس</translation>
    </message>
</context>
<context>
    <name>MapPlaceholder</name>
    <message>
        <source>The map is not available in this build.
Use a postcode to place assets.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الخريطة غير متاحة في هذا الإصدار.
استخدم الرمز البريدي لوضع الموارد.</translation>
    </message>
    <message>
        <source>Map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الخريطة</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>Map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الخريطة</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;New project…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;مشروع جديد…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>Add records from files</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أضف سجلات من ملفات</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export this project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صدّر هذا المشروع</translation>
    </message>
    <message>
        <source>Add &amp;basemap…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;إضافة خريطة أساس…</translation>
    </message>
    <message>
        <source>Show a map picture (.mbtiles file) under the assets, offline</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اعرض صورة خريطة (ملف ‎.mbtiles‎) تحت الموارد، دون اتصال</translation>
    </message>
    <message>
        <source>&amp;Merge exports…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;دمج الملفات المصدّرة…</translation>
    </message>
    <message>
        <source>Merge other mappers&apos; exports into this project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ادمج ما صدّره راسمو الخرائط الآخرون في هذا المشروع</translation>
    </message>
    <message>
        <source>Merge a &amp;folder of exports…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;دمج مجلد من الملفات المصدّرة…</translation>
    </message>
    <message>
        <source>Merge every GeoPackage export in a folder</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ادمج كل ملف GeoPackage مصدّر في مجلد</translation>
    </message>
    <message>
        <source>&amp;Review merged changes…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;مراجعة التغييرات المدموجة…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>New &amp;asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;مورد جديد</translation>
    </message>
    <message>
        <source>Add an asset (place it later, by postcode, or not at all)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أضف موردًا (ضعه لاحقًا، أو بالرمز البريدي، أو لا تضعه أبدًا)</translation>
    </message>
    <message>
        <source>Add asset on &amp;map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;إضافة مورد على الخريطة</translation>
    </message>
    <message>
        <source>Then click the map where the asset is</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ثم انقر على الخريطة حيث يوجد المورد</translation>
    </message>
    <message>
        <source>New &amp;group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;مجموعة جديدة</translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;حذف السجل</translation>
    </message>
    <message>
        <source>Delete this record (Ctrl+Z brings it back)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احذف هذا السجل (Ctrl+Z يعيده)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابحث في القائمة</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;السجل التاريخي…</translation>
    </message>
    <message>
        <source>Who changed this record and when</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>من غيّر هذا السجل ومتى</translation>
    </message>
    <message>
        <source>Pick &amp;neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;اختر الحي</translation>
    </message>
    <message>
        <source>Neighbourhood &amp;profile…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;ملف تعريف الحي…</translation>
    </message>
    <message>
        <source>Assets, groups, gaps and checks for a neighbourhood, ward or district</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموارد والمجموعات والثغرات والفحوص لحي أو دائرة أو منطقة</translation>
    </message>
    <message>
        <source>Show &amp;log file location</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;عرض موقع ملف السجل</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <source>How to map, export and merge</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كيف ترسم وتصدّر وتدمج</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لغة النافذة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;فتح الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;السجل</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Main tools</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الأدوات الرئيسية</translation>
    </message>
    <message>
        <source>Neighbourhood:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحي:</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Show only this neighbourhood everywhere (Ctrl+L)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اعرض هذا الحي فقط في كل مكان (Ctrl+L)</translation>
    </message>
    <message>
        <source>Record tools</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أدوات السجل</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تراجع: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا شيء للتراجع عنه</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إعادة: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا شيء لإعادته</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا مشاريع حديثة</translation>
    </message>
    <message>
        <source>Log file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملف السجل</translation>
    </message>
    <message>
        <source>Unexpected errors are written to
%1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تُكتب الأخطاء غير المتوقعة في
%1</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>%1 added, %2 updated, %3 deleted, %4 restored</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُضيف %1، حُدّث %2، حُذف %3، استُعيد %4</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا تكرارات محتملة</numerusform>
            <numerusform>تكرار محتمل واحد</numerusform>
            <numerusform>تكراران محتملان</numerusform>
            <numerusform>%n تكرارات محتملة</numerusform>
            <numerusform>%n تكرارًا محتملًا</numerusform>
            <numerusform>%n تكرار محتمل</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 to review</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 و%2 للمراجعة</translation>
    </message>
    <message numerus="yes">
        <source>merged %n file(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لم يُدمج أي ملف</numerusform>
            <numerusform>دُمج ملف واحد</numerusform>
            <numerusform>دُمج ملفان</numerusform>
            <numerusform>دُمجت %n ملفات</numerusform>
            <numerusform>دُمج %n ملفًا</numerusform>
            <numerusform>دُمج %n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n file(s) already merged</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لم يُتخطَّ أي ملف</numerusform>
            <numerusform>تُخطّي ملف واحد مدموج سابقًا</numerusform>
            <numerusform>تُخطّي ملفان مدموجان سابقًا</numerusform>
            <numerusform>تُخطّيت %n ملفات مدموجة سابقًا</numerusform>
            <numerusform>تُخطّي %n ملفًا مدموجًا سابقًا</numerusform>
            <numerusform>تُخطّي %n ملف مدموج سابقًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not merge %n file(s):</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لم يتعذّر دمج أي ملف:</numerusform>
            <numerusform>تعذّر دمج ملف واحد:</numerusform>
            <numerusform>تعذّر دمج ملفين:</numerusform>
            <numerusform>تعذّر دمج %n ملفات:</numerusform>
            <numerusform>تعذّر دمج %n ملفًا:</numerusform>
            <numerusform>تعذّر دمج %n ملف:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>A project is one file on this computer. Choose where it goes and the neighbourhoods it starts with: assets are given the neighbourhood they are in, and a place outside all of them is questioned before it is saved.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المشروع ملف واحد على هذا الحاسوب. اختر مكانه والأحياء التي يبدأ بها: يُعطى كل مورد الحي الذي يقع فيه، ويُسأل عن أي مكان خارجها كلها قبل حفظه.</translation>
    </message>
    <message>
        <source>Project file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملف المشروع</translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;ملف المشروع:</translation>
    </message>
    <message>
        <source>Choose &amp;where…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختر ال&amp;مكان…</translation>
    </message>
    <message>
        <source>Choose where the project file goes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختر مكان ملف المشروع</translation>
    </message>
    <message>
        <source>Neighbourhoods to start with</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الأحياء للبدء بها</translation>
    </message>
    <message>
        <source>Sheffield: 147 neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شيفيلد: 147 حيًّا</translation>
    </message>
    <message>
        <source>Sheffield: 28 council wards</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شيفيلد: 28 دائرة بلدية</translation>
    </message>
    <message>
        <source>South Yorkshire: 4 districts</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جنوب يوركشاير: 4 مقاطعات</translation>
    </message>
    <message>
        <source>Boundaries from a file of my own</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حدود من ملف خاص بي</translation>
    </message>
    <message>
        <source>None for now (File → Import adds them later)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا شيء الآن (ملف ← استيراد يضيفها لاحقًا)</translation>
    </message>
    <message>
        <source>Barnsley, Doncaster, Rotherham and Sheffield</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بارنزلي ودونكاستر وروثرهام وشيفيلد</translation>
    </message>
    <message>
        <source>A .geojson or .gpkg file of areas, for example from your council</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملف ‎.geojson أو ‎.gpkg للمناطق، من مجلسك البلدي مثلًا</translation>
    </message>
    <message>
        <source>Boundaries file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملف الحدود</translation>
    </message>
    <message>
        <source>The file with your neighbourhoods&apos; shapes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الملف الذي فيه أشكال أحيائك</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختر &amp;ملفًا…</translation>
    </message>
    <message>
        <source>Choose the boundaries file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختر ملف الحدود</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Create project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إنشاء المشروع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Neighbourhood Mapper project (*.gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مشروع Neighbourhood Mapper ‏(*.gpkg)</translation>
    </message>
    <message>
        <source>Boundaries (*.geojson *.json *.gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحدود (*.geojson *.json *.gpkg)</translation>
    </message>
    <message>
        <source>Give the project file a name.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أعطِ ملف المشروع اسمًا.</translation>
    </message>
    <message>
        <source>There is already a file with that name there: choose another name (nothing is ever written over).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يوجد هناك ملف بهذا الاسم: اختر اسمًا آخر (لا يُكتب فوق أي ملف أبدًا).</translation>
    </message>
    <message>
        <source>That folder does not exist: choose where the project goes.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>هذا المجلد غير موجود: اختر مكان المشروع.</translation>
    </message>
    <message>
        <source>Choose the file with your boundaries, or another choice.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختر الملف الذي فيه حدودك، أو خيارًا آخر.</translation>
    </message>
    <message>
        <source>The boundaries file was not found: choose it again.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم يُعثر على ملف الحدود: اختره مرة أخرى.</translation>
    </message>
    <message>
        <source>South Yorkshire: 91 council wards</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جنوب يوركشاير: 91 دائرة بلدية</translation>
    </message>
    <message>
        <source>Sheffield&apos;s wards as drawn in 2016, the other districts&apos; as in 2013</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دوائر شيفيلد كما رُسمت عام 2016، ودوائر المقاطعات الأخرى كما في 2013</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>%1: progress</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: التقدم</translation>
    </message>
    <message>
        <source>%1… %2 of %3</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1… %2 من %3</translation>
    </message>
    <message>
        <source>%1…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>the task was cancelled</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُلغيت المهمة</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photos</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أضف صورة…</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أضف صورة</translation>
    </message>
    <message>
        <source>Choose a photo, or drop image files on this area</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختر صورة، أو أفلت ملفات الصور في هذه المنطقة</translation>
    </message>
    <message>
        <source>Drop photos here to add them</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أفلت الصور هنا لإضافتها</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الصورة %1</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أضف صورًا</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الصور (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Enlarge…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تكبير…</translation>
    </message>
    <message>
        <source>Enlarge photo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تكبير الصورة</translation>
    </message>
    <message>
        <source>Show the chosen photo large, with its caption (Enter)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اعرض الصورة المختارة كبيرة مع تعليقها (Enter)</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إزالة الصورة</translation>
    </message>
    <message>
        <source>Remove the chosen photo (Delete; Ctrl+Z brings it back)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أزل الصورة المختارة (Delete؛ Ctrl+Z يعيدها)</translation>
    </message>
    <message>
        <source>Photo removed. Ctrl+Z brings it back.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُزيلت الصورة. Ctrl+Z يعيدها.</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الصورة %1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>What the photo shows (no one&apos;s name without their consent)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ما تُظهره الصورة (لا اسم لأحد دون موافقته)</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ال&amp;تعليق:</translation>
    </message>
    <message>
        <source>File:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الملف:</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>rows will be imported as groups</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ستُستورد الصفوف كمجموعات</translation>
    </message>
    <message>
        <source>only one coordinate column (latitude/longitude or easting/northing) is mapped: rows with coordinates will be skipped</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عمود إحداثيات واحد فقط (خط عرض/طول أو شرقي/شمالي) مربوط: ستُتخطى الصفوف ذات الإحداثيات</translation>
    </message>
    <message>
        <source>no coordinates: rows will be placed by postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا إحداثيات: ستُوضع الصفوف حسب الرمز البريدي</translation>
    </message>
    <message>
        <source>no coordinates or postcode: rows will be added without a place on the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا إحداثيات ولا رمز بريدي: ستُضاف الصفوف بلا مكان على الخريطة</translation>
    </message>
    <message>
        <source>Easting/Northing (British National Grid) will be converted to latitude/longitude</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سيُحوَّل الإحداثيان الشرقي/الشمالي (الشبكة الوطنية البريطانية) إلى خط عرض/طول</translation>
    </message>
    <message>
        <source>the latitude/longitude columns hold British National Grid metres: they will be converted</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أعمدة خط العرض/الطول تحوي أمتار الشبكة الوطنية البريطانية: ستُحوَّل</translation>
    </message>
    <message>
        <source>holds no polygons: its features will be skipped (only polygons are boundaries)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يحوي مضلعات: ستُتخطى معالمه (المضلعات وحدها حدود)</translation>
    </message>
    <message>
        <source>holds polygons: each becomes an asset at a point inside it, unless they are neighbourhood boundaries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يحوي مضلعات: يصبح كل منها موردًا عند نقطة داخله، ما لم تكن حدود أحياء</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Care needs are encrypted with a passphrase you choose now. The passphrase is never stored anywhere: if it is lost, the care needs in this project cannot be recovered by anyone, including us. Write it down and keep it somewhere safe, away from this laptop.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تُشفَّر احتياجات الرعاية بعبارة مرور تختارها الآن. لا تُخزَّن عبارة المرور في أي مكان: إن ضاعت فلن يستطيع أحد، ولا نحن، استعادة احتياجات الرعاية في هذا المشروع. دوّنها واحفظها في مكان آمن بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>care needs are locked; unlock them with the project passphrase first</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احتياجات الرعاية مقفلة؛ افتحها أولًا بعبارة مرور المشروع</translation>
    </message>
    <message>
        <source>the passphrase must be at least %1 characters long</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يجب ألا تقل عبارة المرور عن %1 أحرف</translation>
    </message>
    <message>
        <source>already has a care-needs passphrase</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لديه عبارة مرور لاحتياجات الرعاية بالفعل</translation>
    </message>
    <message>
        <source>the care-needs settings in this file are damaged</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إعدادات احتياجات الرعاية في هذا الملف تالفة</translation>
    </message>
    <message>
        <source>the care-needs passphrase is wrong</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عبارة مرور احتياجات الرعاية خاطئة</translation>
    </message>
    <message>
        <source>has no care-needs passphrase yet; set one first</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا توجد عبارة مرور لاحتياجات الرعاية بعد؛ عيّن واحدة أولًا</translation>
    </message>
    <message>
        <source>care needs are locked; give the passphrase (--passphrase-file)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احتياجات الرعاية مقفلة؛ أعطِ عبارة المرور (‎--passphrase-file‎)</translation>
    </message>
    <message>
        <source>a sealed care-need value is damaged</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قيمة مختومة لاحتياج رعاية تالفة</translation>
    </message>
    <message>
        <source>this care need was sealed to another coordinator&apos;s key; it cannot be opened here</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خُتم احتياج الرعاية هذا بمفتاح منسق آخر؛ لا يمكن فتحه هنا</translation>
    </message>
    <message>
        <source>a care need&apos;s %1 does not open: the file was changed or damaged</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يُفتح الحقل %1 لاحتياج رعاية: الملف تغيّر أو تلف</translation>
    </message>
    <message>
        <source>a care need&apos;s %1 does not open with this project&apos;s passphrase (sealed by another project, or damaged)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يُفتح الحقل %1 لاحتياج رعاية بعبارة مرور هذا المشروع (خُتم في مشروع آخر، أو تلف)</translation>
    </message>
    <message>
        <source>this care need was sealed to the coordinator&apos;s key; only the coordinator can open it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خُتم احتياج الرعاية هذا بمفتاح المنسق؛ لا يفتحه إلا المنسق</translation>
    </message>
    <message>
        <source>the passphrase is wrong</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عبارة المرور خاطئة</translation>
    </message>
    <message>
        <source>care needs are locked; unlock them to export them for the coordinator</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احتياجات الرعاية مقفلة؛ افتحها لتصديرها للمنسق</translation>
    </message>
    <message>
        <source>already has coordinator keys; replacing them would lose access to care needs sealed to the old key</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لديه مفاتيح منسق بالفعل؛ استبدالها يُفقد الوصول إلى احتياجات الرعاية المختومة بالمفتاح القديم</translation>
    </message>
    <message>
        <source>has no coordinator keys yet; make them first</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا توجد مفاتيح منسق بعد؛ أنشئها أولًا</translation>
    </message>
    <message>
        <source>coordinator key file not found</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم يُعثر على ملف مفتاح المنسق</translation>
    </message>
    <message>
        <source>cannot read the coordinator key file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تعذّرت قراءة ملف مفتاح المنسق</translation>
    </message>
    <message>
        <source>is not a Neighbourhood Mapper coordinator public key file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ليس ملف مفتاح عام لمنسق Neighbourhood Mapper</translation>
    </message>
    <message>
        <source>the coordinator key in this file is damaged</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مفتاح المنسق في هذا الملف تالف</translation>
    </message>
    <message>
        <source>care needs are only stored encrypted: give a passphrase (--passphrase-file)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا تُحفظ احتياجات الرعاية إلا مشفرة: أعطِ عبارة مرور (--passphrase-file)</translation>
    </message>
    <message>
        <source>another program has the project open, so care needs written before the passphrase may still be readable in its -wal file; close it and set the passphrase again</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>برنامج آخر يفتح المشروع، لذا قد تظل احتياجات الرعاية المكتوبة قبل عبارة المرور مقروءة في ملف ‎-wal الخاص به؛ أغلقه وعيّن عبارة المرور مجددًا</translation>
    </message>
    <message>
        <source>care needs are only stored encrypted: set a care-needs passphrase first</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا تُحفظ احتياجات الرعاية إلا مشفرة: عيّن عبارة مرور لاحتياجات الرعاية أولًا</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Neighbourhood profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملف تعريف الحي</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;المنطقة:</translation>
    </message>
    <message>
        <source>Area</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المنطقة الإدارية: %1</translation>
    </message>
    <message>
        <source>Ward: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الدائرة: %1</translation>
    </message>
    <message>
        <source>The whole map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الخريطة كلها</translation>
    </message>
    <message>
        <source>%1: %2 and %3.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: %2 و%3.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا موارد</numerusform>
            <numerusform>مورد واحد</numerusform>
            <numerusform>موردان</numerusform>
            <numerusform>%n موارد</numerusform>
            <numerusform>%n موردًا</numerusform>
            <numerusform>%n مورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا مجموعات</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتان</numerusform>
            <numerusform>%n مجموعات</numerusform>
            <numerusform>%n مجموعة</numerusform>
            <numerusform>%n مجموعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets by kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموارد حسب النوع</translation>
    </message>
    <message>
        <source>Assets by principle</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموارد حسب المبدأ</translation>
    </message>
    <message>
        <source>Open when</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أوقات الفتح</translation>
    </message>
    <message>
        <source>Monday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Friday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>Assets open each day</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموارد المفتوحة كل يوم</translation>
    </message>
    <message>
        <source>%1 give days and hours; %2 give their opening times in words.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 تذكر الأيام والساعات؛ %2 تذكر أوقات فتحها بالكلمات.</translation>
    </message>
    <message>
        <source>%1: none recorded</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: لم يُسجَّل شيء</translation>
    </message>
    <message>
        <source>%1: fewer than half the city&apos;s average</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: أقل من نصف متوسط المدينة</translation>
    </message>
    <message>
        <source>Gaps against the city</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الثغرات مقارنةً بالمدينة</translation>
    </message>
    <message>
        <source>No gaps against the city.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا ثغرات مقارنةً بالمدينة.</translation>
    </message>
    <message>
        <source>Changed in the last %1 days (%2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تغيّرت في آخر %1 يومًا (%2)</translation>
    </message>
    <message>
        <source>%1 (changed %2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 (تغيّر في %2)</translation>
    </message>
    <message>
        <source>Nothing changed recently.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم يتغير شيء مؤخرًا.</translation>
    </message>
    <message>
        <source>never</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Not checked for 12 months (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم يُفحص منذ 12 شهرًا (%1)</translation>
    </message>
    <message>
        <source>%1 (last checked %2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 (آخر فحص %2)</translation>
    </message>
    <message>
        <source>Every asset was checked in the last 12 months.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فُحص كل مورد في آخر 12 شهرًا.</translation>
    </message>
    <message>
        <source>Groups (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المجموعات (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No groups serve this area yet.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا توجد مجموعات تخدم هذه المنطقة بعد.</translation>
    </message>
    <message>
        <source>Care needs (private: coordinator only)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احتياجات الرعاية (خاص: للمنسق فقط)</translation>
    </message>
    <message>
        <source>Unlock care needs to see their counts here.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>افتح احتياجات الرعاية لترى أعدادها هنا.</translation>
    </message>
    <message>
        <source>Care needs recorded (suppressed counts)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احتياجات الرعاية المسجلة (أعداد محجوبة)</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>All neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كل الأحياء</translation>
    </message>
    <message>
        <source>All needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كل الاحتياجات</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إظهار التفاصيل...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إخفاء التفاصيل...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Apply</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Reset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;لا</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Not saved. Fix it, or press Esc to put back the saved value.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم يُحفظ. أصلحه، أو اضغط Esc لإرجاع القيمة المحفوظة.</translation>
    </message>
    <message>
        <source>%1: problem</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: مشكلة</translation>
    </message>
    <message>
        <source>%1:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The new asset was not saved</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم يُحفظ المورد الجديد</translation>
    </message>
    <message>
        <source>The new group was not saved</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم تُحفظ المجموعة الجديدة</translation>
    </message>
    <message>
        <source>Not saved in “%1”: %2. Open it again to fix it; what you typed is still there.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم يُحفظ في “%1”: %2. افتحه مجددًا لإصلاحه؛ ما كتبته ما زال موجودًا.</translation>
    </message>
    <message>
        <source>the record</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>السجل</translation>
    </message>
    <message>
        <source>New asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مورد جديد</translation>
    </message>
    <message>
        <source>New group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Give the asset a name and it is saved at once. Every change after that is saved as you leave the field (Ctrl+Z undoes it).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أعطِ المورد اسمًا فيُحفظ فورًا. بعد ذلك يُحفظ كل تغيير عند مغادرة الحقل (Ctrl+Z يتراجع عنه).</translation>
    </message>
    <message>
        <source>Give the group a name and it is saved at once. Every change after that is saved as you leave the field (Ctrl+Z undoes it).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أعطِ المجموعة اسمًا فتُحفظ فورًا. بعد ذلك يُحفظ كل تغيير عند مغادرة الحقل (Ctrl+Z يتراجع عنه).</translation>
    </message>
    <message>
        <source>Unnamed asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مورد بلا اسم</translation>
    </message>
    <message>
        <source>Unnamed group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مجموعة بلا اسم</translation>
    </message>
    <message>
        <source>Saved. Changes are saved as you leave each field.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حُفظ. تُحفظ التغييرات عند مغادرة كل حقل.</translation>
    </message>
    <message>
        <source>change %1 of “%2”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تغيير %1 في “%2”</translation>
    </message>
    <message>
        <source>Give the record a name first; then add photos.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أعطِ السجل اسمًا أولًا؛ ثم أضف الصور.</translation>
    </message>
    <message>
        <source>add the photo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إضافة الصورة</translation>
    </message>
    <message>
        <source>Read-only file: this record can be read here, not changed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملف للقراءة فقط: يمكن قراءة هذا السجل هنا دون تغييره.</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Search assets (name, description, address, postcode)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابحث في الموارد (الاسم، الوصف، العنوان، الرمز البريدي)</translation>
    </message>
    <message>
        <source>Search groups (name, description, address, postcode)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابحث في المجموعات (الاسم، الوصف، العنوان، الرمز البريدي)</translation>
    </message>
    <message>
        <source>Search assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>البحث في الموارد</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>البحث في المجموعات</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>امسح البحث</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>التصفية حسب النوع</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أي نوع</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>التصفية حسب الفئة</translation>
    </message>
    <message>
        <source>Any category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أي فئة</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Not checked for a year</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم يُتحقق منه منذ عام</translation>
    </message>
    <message>
        <source>Only records not checked for 12 months</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>السجلات التي لم يُتحقق منها منذ 12 شهرًا فقط</translation>
    </message>
    <message>
        <source>Number of assets shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عدد الموارد المعروضة</translation>
    </message>
    <message>
        <source>Number of groups shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عدد المجموعات المعروضة</translation>
    </message>
    <message>
        <source>Assets list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قائمة الموارد</translation>
    </message>
    <message>
        <source>Groups list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قائمة المجموعات</translation>
    </message>
    <message>
        <source>Assets column headings</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عناوين أعمدة الموارد</translation>
    </message>
    <message>
        <source>Groups column headings</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عناوين أعمدة المجموعات</translation>
    </message>
    <message>
        <source>Assets rows</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صفوف الموارد</translation>
    </message>
    <message>
        <source>Groups rows</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صفوف المجموعات</translation>
    </message>
    <message>
        <source>Select all assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حدد كل الموارد</translation>
    </message>
    <message>
        <source>Select all groups</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حدد كل المجموعات</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا موارد</numerusform>
            <numerusform>مورد واحد</numerusform>
            <numerusform>موردان</numerusform>
            <numerusform>%n موارد</numerusform>
            <numerusform>%n موردًا</numerusform>
            <numerusform>%n مورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا مجموعات</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتان</numerusform>
            <numerusform>%n مجموعات</numerusform>
            <numerusform>%n مجموعة</numerusform>
            <numerusform>%n مجموعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the filters</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إظهار عوامل التصفية</translation>
    </message>
    <message numerus="yes">
        <source>Filters (%n on)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>عوامل التصفية (%n مفعّلة)</numerusform>
            <numerusform>عوامل التصفية (%n مفعّلة)</numerusform>
            <numerusform>عوامل التصفية (%n مفعّلة)</numerusform>
            <numerusform>عوامل التصفية (%n مفعّلة)</numerusform>
            <numerusform>عوامل التصفية (%n مفعّلة)</numerusform>
            <numerusform>عوامل التصفية (%n مفعّلة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <source>Hide the filters</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إخفاء عوامل التصفية</translation>
    </message>
    <message numerus="yes">
        <source>%n or more asset(s) shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n موارد أو أكثر</numerusform>
            <numerusform>%n مورد أو أكثر</numerusform>
            <numerusform>%n مورد أو أكثر</numerusform>
            <numerusform>%n موارد أو أكثر</numerusform>
            <numerusform>%n موردًا أو أكثر</numerusform>
            <numerusform>%n مورد أو أكثر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n or more group(s) shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n مجموعات أو أكثر</numerusform>
            <numerusform>%n مجموعة أو أكثر</numerusform>
            <numerusform>%n مجموعة أو أكثر</numerusform>
            <numerusform>%n مجموعات أو أكثر</numerusform>
            <numerusform>%n مجموعة أو أكثر</numerusform>
            <numerusform>%n مجموعة أو أكثر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آخر تحقق</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>النوع</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Selected asset: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المورد المحدد: %1</translation>
    </message>
    <message>
        <source>Outside every neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خارج كل الأحياء</translation>
    </message>
    <message>
        <source>“%1” is placed outside all %2 neighbourhoods of this project. Is that the right place?</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وُضع “%1” خارج كل أحياء هذا المشروع وعددها %2. هل هذا هو المكان الصحيح؟</translation>
    </message>
    <message>
        <source>Yes, save it here</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نعم، احفظه هنا</translation>
    </message>
    <message>
        <source>No, let me place it again</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا، دعني أضعه مجددًا</translation>
    </message>
    <message>
        <source>Not saved yet: click the map or find a postcode to place it.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم يُحفظ بعد: انقر على الخريطة أو ابحث عن رمز بريدي لوضعه.</translation>
    </message>
    <message>
        <source>A similar asset is nearby</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يوجد مورد مشابه بالقرب</translation>
    </message>
    <message>
        <source>“%1” is %2 m away. Is “%3” a different asset?</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>“%1” على بعد %2 م. هل “%3” مورد مختلف؟</translation>
    </message>
    <message>
        <source>Add it anyway</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أضفه على أي حال</translation>
    </message>
    <message>
        <source>Show the existing one</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اعرض الموجود</translation>
    </message>
    <message>
        <source>The new record was not saved.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم يُحفظ السجل الجديد.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Ctrl+Z brings it back.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حُذف “%1”. يعيده Ctrl+Z.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <source>move “%1”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقل “%1”</translation>
    </message>
    <message>
        <source>Click the map where the new asset is (Esc or Ctrl+Shift+A to stop).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>انقر على الخريطة حيث يوجد المورد الجديد (Esc أو Ctrl+Shift+A للتوقف).</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>(empty)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>(%1 bytes, sealed or geometry)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(%1 بايت، مختوم أو هندسي)</translation>
    </message>
    <message>
        <source>you (this map)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أنت (هذه الخريطة)</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حاسوب محمول آخر</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review merged changes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مراجعة التغييرات المدموجة</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Conflict details</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تفاصيل التعارض</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Who wrote it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>من كتبها</translation>
    </message>
    <message>
        <source>Before both edits</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قبل التعديلين</translation>
    </message>
    <message>
        <source>In the map now</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>في الخريطة الآن</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>غير المحتفَظ بها</translation>
    </message>
    <message>
        <source>Keep the value in the map now</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احتفظ بالقيمة الموجودة في الخريطة</translation>
    </message>
    <message>
        <source>Use the value not kept</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>استخدم القيمة غير المحتفَظ بها</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Restore the record</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>استعد السجل</translation>
    </message>
    <message>
        <source>Select all from this file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حدد الكل من هذا الملف</translation>
    </message>
    <message>
        <source>Select all of this field</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حدد الكل لهذا الحقل</translation>
    </message>
    <message>
        <source>Possible duplicates list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قائمة التكرارات المحتملة</translation>
    </message>
    <message>
        <source>Pair details</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تفاصيل الزوج</translation>
    </message>
    <message>
        <source>Field</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Record A (kept)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>السجل A (محتفَظ به)</translation>
    </message>
    <message>
        <source>Record B</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>السجل B</translation>
    </message>
    <message>
        <source>Merge (keep A, B is replaced by A)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ادمج (احتفظ بـ A، ويُستبدل B بـ A)</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ليسا متماثلين</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>التكرارات المحتملة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Scroll tabs left</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مرّر الألسنة يسارًا</translation>
    </message>
    <message>
        <source>Scroll tabs right</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مرّر الألسنة يمينًا</translation>
    </message>
    <message>
        <source>%1 edited after the record was deleted</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عُدّل %1 بعد حذف السجل</translation>
    </message>
    <message>
        <source>asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مورد</translation>
    </message>
    <message>
        <source>group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مجموعة</translation>
    </message>
    <message>
        <source>neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حي</translation>
    </message>
    <message>
        <source>care need</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>احتياج رعاية</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>التعارضات (%1)</translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>التكرارات المحتملة (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا تكرارات محتملة</numerusform>
            <numerusform>تكرار محتمل واحد</numerusform>
            <numerusform>تكراران محتملان</numerusform>
            <numerusform>%n تكرارات محتملة</numerusform>
            <numerusform>%n تكرارًا محتملًا</numerusform>
            <numerusform>%n تكرار محتمل</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” (deleted)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>“%1” (محذوف)</translation>
    </message>
    <message>
        <source>record deleted</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حُذف السجل</translation>
    </message>
    <message>
        <source>as this map last had it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كما كانت في هذه الخريطة آخر مرة</translation>
    </message>
    <message numerus="yes">
        <source>resolve %n conflict(s) (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>حل التعارضات (%n) (%1)</numerusform>
            <numerusform>حل التعارضات (%n) (%1)</numerusform>
            <numerusform>حل التعارضات (%n) (%1)</numerusform>
            <numerusform>حل التعارضات (%n) (%1)</numerusform>
            <numerusform>حل التعارضات (%n) (%1)</numerusform>
            <numerusform>حل التعارضات (%n) (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit value</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تحرير القيمة</translation>
    </message>
    <message>
        <source>merge duplicate pair</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دمج زوج مكرر</translation>
    </message>
    <message>
        <source>not the same</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ليسا متماثلين</translation>
    </message>
    <message>
        <source>locked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>sealed to another key</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مختوم بمفتاح آخر</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>افتراضي النظام (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>A new language applies at once: the window opens again in it, on the same project. Everything you entered is already saved; only Undo starts afresh. Names and other recorded text stay exactly as they were typed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تُطبَّق اللغة الجديدة فورًا: تُفتح النافذة من جديد بها على المشروع نفسه. كل ما أدخلته محفوظ بالفعل؛ فقط سجل التراجع يبدأ من جديد. تبقى الأسماء وسائر النصوص المسجلة كما كُتبت تمامًا.</translation>
    </message>
</context>
<context>
    <name>Shading</name>
    <message>
        <source>All assets (per neighbourhood)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كل الموارد (لكل حي)</translation>
    </message>
    <message>
        <source>Share not checked for 12 months (%)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نسبة غير المفحوص منذ 12 شهرًا (%)</translation>
    </message>
    <message>
        <source>Gaps against the city (kinds missing)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الثغرات مقارنةً بالمدينة (أنواع مفقودة)</translation>
    </message>
    <message>
        <source>Assets: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموارد: %1</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 أو أكثر</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>Map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>List of assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قائمة الموارد</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الأحياء</translation>
    </message>
    <message>
        <source>About and credits</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حول الموقع والشكر</translation>
    </message>
    <message>
        <source>Skip to main content</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>انتقل إلى المحتوى الرئيسي</translation>
    </message>
    <message>
        <source>Site</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Open data: boundaries © Data For Action (CC BY 4.0) and © OpenStreetMap contributors (ODbL); wards and postcodes contain OS data © Crown copyright and database right.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بيانات مفتوحة: الحدود © Data For Action (CC BY 4.0) و© OpenStreetMap contributors (ODbL)؛ تحتوي الدوائر والرموز البريدية على OS data © Crown copyright and database right.</translation>
    </message>
    <message>
        <source>All credits and licences</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جميع الإقرارات والتراخيص</translation>
    </message>
    <message>
        <source>Neighbourhood boundaries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حدود الأحياء</translation>
    </message>
    <message>
        <source>Ward boundaries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حدود الدوائر</translation>
    </message>
    <message>
        <source>Postcode search</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>البحث بالرمز البريدي</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المكتبات</translation>
    </message>
    <message>
        <source>Map software</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>برمجيات الخريطة</translation>
    </message>
    <message>
        <source>see web/*/LICENSE</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>انظر web/*/LICENSE</translation>
    </message>
    <message>
        <source>Boundaries © Data For Action, © OpenStreetMap contributors</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحدود © Data For Action، © OpenStreetMap contributors</translation>
    </message>
    <message>
        <source>%1 assets: zoom in</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 موارد: كبّر</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>%1 m away</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>على بعد %1 م</translation>
    </message>
    <message>
        <source>principle %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المبدأ %1</translation>
    </message>
    <message>
        <source>Postcode %1 is not known here.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الرمز البريدي %1 غير معروف هنا.</translation>
    </message>
    <message>
        <source>Nearest assets to %1%2: %3 shown.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أقرب الموارد إلى %1%2: عُرض %3.</translation>
    </message>
    <message>
        <source>%1 assets match “%2”%3; the first 20 are listed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 موارد تطابق “%2”%3؛ أول 20 مدرجة.</translation>
    </message>
    <message>
        <source>%1 assets match “%2”%3.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 موارد تطابق “%2”%3.</translation>
    </message>
    <message>
        <source>%1 assets on the map%2.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 موارد على الخريطة%2.</translation>
    </message>
    <message>
        <source>The map data could not be loaded (%1).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تعذّر تحميل بيانات الخريطة (%1).</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>%1 assets, page %2 of %3</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 موارد، الصفحة %2 من %3</translation>
    </message>
    <message>
        <source>Assets nearest to %1%2, nearest first.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموارد الأقرب إلى %1%2، الأقرب أولًا.</translation>
    </message>
    <message>
        <source>%1 assets%2.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 موارد%2.</translation>
    </message>
    <message>
        <source>The list could not be loaded (%1).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تعذّر تحميل القائمة (%1).</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>All principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كل المبادئ</translation>
    </message>
    <message>
        <source>Find assets on the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابحث عن الموارد في القائمة</translation>
    </message>
    <message>
        <source>Find assets on the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابحث عن الموارد على الخريطة</translation>
    </message>
    <message>
        <source>Search by name, category or postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابحث بالاسم أو الفئة أو الرمز البريدي</translation>
    </message>
    <message>
        <source>For example: library, coffee morning or S10 1TD</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مثلًا: library أو coffee morning أو S10 1TD</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>All categories</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>Principle</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المبدأ</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مسح</translation>
    </message>
    <message>
        <source>No shading</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بلا تظليل</translation>
    </message>
    <message>
        <source>Places, groups and help in your neighbourhood, recorded by Citizen Mappers.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أماكن ومجموعات ومساعدة في حيّك، سجّلها Citizen Mappers.</translation>
    </message>
    <message>
        <source>Map of assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خريطة الموارد</translation>
    </message>
    <message>
        <source>Results</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Use the arrow keys to move the map and + or - to zoom once the map has focus. Every asset is also in the list of assets.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>استخدم مفاتيح الأسهم لتحريك الخريطة و+ أو - للتكبير والتصغير حين تكون الخريطة في التركيز. كل مورد موجود أيضًا في قائمة الموارد.</translation>
    </message>
    <message>
        <source>Shade neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تظليل الأحياء</translation>
    </message>
    <message>
        <source>Shade neighbourhoods by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ظلّل الأحياء حسب</translation>
    </message>
    <message>
        <source>Every published asset, in name order. Search and filter as on the map; each name opens the asset&apos;s page.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كل مورد منشور، مرتبًا حسب الاسم. ابحث وصفِّ كما على الخريطة؛ كل اسم يفتح صفحة المورد.</translation>
    </message>
    <message>
        <source>Assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموارد</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Pages of the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صفحات القائمة</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>The list needs JavaScript; every asset also has its own page, linked from the neighbourhood profiles.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تحتاج القائمة إلى JavaScript؛ لكل مورد أيضًا صفحته الخاصة، مرتبطة من الملفات التعريفية للأحياء.</translation>
    </message>
    <message>
        <source>About this map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حول هذه الخريطة</translation>
    </message>
    <message>
        <source>Neighbourhoods of Care maps what helps people look after each other: shared spaces, groups and activities, shared skills and resources, everyday help and services. Citizen Mappers record them; a coordinator checks them and publishes only what each asset has agreed may be published.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ترسم Neighbourhoods of Care خريطة لما يساعد الناس على رعاية بعضهم بعضًا: الأماكن المشتركة، والمجموعات والأنشطة، والمهارات والموارد المشتركة، والمساعدة والخدمات اليومية. يسجّلها Citizen Mappers؛ ويتحقق منها منسق ولا ينشر إلا ما وافق كل مورد على نشره.</translation>
    </message>
    <message>
        <source>Nothing personal is published: no care needs, and no mapper&apos;s name.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يُنشر شيء شخصي: لا احتياجات رعاية، ولا اسم أي راسم خرائط.</translation>
    </message>
    <message>
        <source>The kinds of asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أنواع الموارد</translation>
    </message>
    <message>
        <source>Neighbourhoods of Care principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مبادئ Neighbourhoods of Care</translation>
    </message>
    <message>
        <source>Credits and licences</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الإقرارات والتراخيص</translation>
    </message>
    <message>
        <source>Open data and software used by this site</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>البيانات المفتوحة والبرمجيات التي يستخدمها هذا الموقع</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Licence</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الإسناد</translation>
    </message>
    <message>
        <source>The same assets are also published as Open Referral UK data, for service directories and social-prescribing platforms.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تُنشر الموارد نفسها أيضًا بصيغة بيانات Open Referral UK، لأدلة الخدمات ومنصات الوصفات الاجتماعية.</translation>
    </message>
    <message>
        <source>Profile of the whole map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الملف التعريفي للخريطة كلها</translation>
    </message>
    <message>
        <source>(every neighbourhood together)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(كل الأحياء معًا)</translation>
    </message>
    <message>
        <source>Neighbourhoods without a ward</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أحياء بلا دائرة</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>About</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نبذة</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Cost</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لمن هو</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المبادئ</translation>
    </message>
    <message>
        <source>Run by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يديره</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آخر تحقق</translation>
    </message>
    <message>
        <source>Map showing where it is</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خريطة تبيّن مكانه</translation>
    </message>
    <message>
        <source>Back to the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>العودة إلى الخريطة</translation>
    </message>
    <message>
        <source>Ward</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>District</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>%1 profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الملف التعريفي لـ %1</translation>
    </message>
    <message>
        <source>Neighbourhood profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الملف التعريفي للحي</translation>
    </message>
    <message>
        <source>Ward profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الملف التعريفي للدائرة</translation>
    </message>
    <message>
        <source>District profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الملف التعريفي للمنطقة</translation>
    </message>
    <message>
        <source>Monday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Friday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>changed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تغيّر</translation>
    </message>
    <message>
        <source>last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آخر تحقق</translation>
    </message>
    <message>
        <source>%1 published assets and %2 groups.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 موارد منشورة و%2 مجموعات.</translation>
    </message>
    <message>
        <source>Assets by kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموارد حسب النوع</translation>
    </message>
    <message>
        <source>Assets by Neighbourhoods of Care principle</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموارد حسب مبدأ Neighbourhoods of Care</translation>
    </message>
    <message>
        <source>Assets by principle (an asset can support several)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموارد حسب المبدأ (قد يدعم المورد عدة مبادئ)</translation>
    </message>
    <message>
        <source>Opening times of %1 assets could be read as days and hours; %2 give them in words (see each asset&apos;s page).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أمكن قراءة أوقات فتح %1 موارد كأيام وساعات؛ و%2 تذكرها بالكلمات (انظر صفحة كل مورد).</translation>
    </message>
    <message>
        <source>Open when</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>متى يكون مفتوحًا</translation>
    </message>
    <message>
        <source>Assets open on each day of the week</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموارد المفتوحة في كل يوم من أيام الأسبوع</translation>
    </message>
    <message>
        <source>Day</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Assets open</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموارد المفتوحة</translation>
    </message>
    <message>
        <source>%1: none recorded</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: لم يُسجَّل شيء</translation>
    </message>
    <message>
        <source>%1: fewer than half the city&apos;s average</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: أقل من نصف متوسط المدينة</translation>
    </message>
    <message>
        <source>No gaps against the city: every kind of asset is recorded here at least at half the city&apos;s rate.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا فجوات مقارنة بالمدينة: كل نوع من الموارد مسجّل هنا بنصف معدل المدينة على الأقل.</translation>
    </message>
    <message>
        <source>Gaps against the city</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الفجوات مقارنة بالمدينة</translation>
    </message>
    <message>
        <source>Changed in the last %1 days (%2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تغيّر في آخر %1 يومًا (%2)</translation>
    </message>
    <message>
        <source>Nothing changed recently.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم يتغير شيء مؤخرًا.</translation>
    </message>
    <message>
        <source>Not checked for 12 months (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم يُتحقق منه منذ 12 شهرًا (%1)</translation>
    </message>
    <message>
        <source>Every asset has been checked in the last 12 months.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جرى التحقق من كل مورد خلال آخر 12 شهرًا.</translation>
    </message>
    <message>
        <source>Groups serving this area</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المجموعات التي تخدم هذه المنطقة</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>No published groups serve this area yet.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا توجد بعد مجموعات منشورة تخدم هذه المنطقة.</translation>
    </message>
    <message>
        <source>Groups (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المجموعات (%1)</translation>
    </message>
    <message>
        <source>Neighbourhoods in this area</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الأحياء في هذه المنطقة</translation>
    </message>
    <message>
        <source>Wards</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الدوائر</translation>
    </message>
    <message>
        <source>%1 ward</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دائرة %1</translation>
    </message>
    <message>
        <source>and %1 more.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>و%1 أخرى.</translation>
    </message>
    <message>
        <source>Part of</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جزء من</translation>
    </message>
    <message>
        <source>Print this profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اطبع هذا الملف التعريفي</translation>
    </message>
    <message>
        <source>The list of assets shows the same as a table.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تعرض قائمة الموارد الشيء نفسه في جدول.</translation>
    </message>
    <message>
        <source>The whole map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الخريطة كلها</translation>
    </message>
    <message>
        <source>never</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Neighbourhoods of Care: community assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhoods of Care: موارد المجتمع</translation>
    </message>
    <message>
        <source>District boundaries; Barnsley, Doncaster and Rotherham ward boundaries (2013)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حدود المناطق؛ حدود دوائر بارنزلي ودونكاستر وروثرهام (2013)</translation>
    </message>
    <message>
        <source>Service types in the Open Referral UK data</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أنواع الخدمات في بيانات Open Referral UK</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الخريطة كلها</translation>
    </message>
    <message>
        <source>Whole map profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الملف التعريفي للخريطة كلها</translation>
    </message>
    <message>
        <source>Districts</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المناطق</translation>
    </message>
</context>
<context>
    <name>Smoke</name>
    <message>
        <source>smoke test passed: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نجح اختبار التشغيل: %1</translation>
    </message>
    <message>
        <source>smoke test FAILED: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فشل اختبار التشغيل: %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لم يُرسل أي تغيير</numerusform>
            <numerusform>أُرسل تغيير واحد</numerusform>
            <numerusform>أُرسل تغييران</numerusform>
            <numerusform>أُرسلت %n تغييرات</numerusform>
            <numerusform>أُرسل %n تغييرًا</numerusform>
            <numerusform>أُرسل %n تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لم يُستلم شيء</numerusform>
            <numerusform>استُلم واحد</numerusform>
            <numerusform>استُلم اثنان</numerusform>
            <numerusform>استُلمت %n</numerusform>
            <numerusform>استُلم %n</numerusform>
            <numerusform>استُلم %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>لا تعارضات للمراجعة</numerusform>
            <numerusform>تعارض واحد للمراجعة</numerusform>
            <numerusform>تعارضان للمراجعة</numerusform>
            <numerusform>%n تعارضات للمراجعة</numerusform>
            <numerusform>%n تعارضًا للمراجعة</numerusform>
            <numerusform>%n تعارض للمراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>synced with %1: %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تمت المزامنة مع %1: %2</translation>
    </message>
    <message>
        <source>sync cancelled; what was already sent or received is complete, the rest follows next time</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُلغيت المزامنة؛ ما أُرسل أو استُلم مكتمل، والباقي في المرة القادمة</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>م&amp;زامنة…</translation>
    </message>
    <message>
        <source>Send your changes to the shared folder or central map and get everyone else&apos;s</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أرسل تغييراتك إلى المجلد المشترك أو الخريطة المركزية واحصل على تغييرات الآخرين</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Sync with</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المزامنة مع</translation>
    </message>
    <message>
        <source>A shared folder (for example on a USB stick or OneDrive), or the central map&apos;s server (postgresql://user@host/db or a service name). No password here: see the README.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مجلد مشترك (مثلًا على ذاكرة USB أو OneDrive)، أو خادم الخريطة المركزية (postgresql://user@host/db أو اسم خدمة). لا كلمة مرور هنا: راجع README.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جارٍ المزامنة</translation>
    </message>
    <message>
        <source>cannot reach the central map (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تعذّر الوصول إلى الخريطة المركزية (%1)</translation>
    </message>
    <message>
        <source>this server has no published view (run &apos;mapper server init&apos; first)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يوجد عرض منشور على هذا الخادم (شغّل &apos;mapper server init&apos; أولًا)</translation>
    </message>
    <message>
        <source>no sync target yet: give a folder or a postgresql:// address once</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يوجد هدف مزامنة بعد: حدّد مجلدًا أو عنوان postgresql:// مرة واحدة</translation>
    </message>
    <message>
        <source>the sync folder is not there (plug in the stick or connect the drive)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مجلد المزامنة غير موجود (أدخل الذاكرة أو صِل القرص)</translation>
    </message>
    <message>
        <source>cannot set up the schema (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تعذّر إعداد المخطط (%1)</translation>
    </message>
    <message>
        <source>cannot connect to the server (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تعذّر الاتصال بالخادم (%1)</translation>
    </message>
    <message>
        <source>a password must not be part of the target; put it in ~/.pgpass, a libpq service file or PGPASSWORD (see the README)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يجب ألا تكون كلمة المرور جزءًا من الهدف؛ ضعها في ~/.pgpass أو ملف خدمة libpq أو PGPASSWORD (راجع README)</translation>
    </message>
    <message>
        <source>the server has no Neighbourhood Mapper schema yet; run: mapper server init DSN</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يوجد على الخادم مخطط Neighbourhood Mapper بعد؛ شغّل: mapper server init DSN</translation>
    </message>
    <message>
        <source>the server kept changing while this laptop synced; try again in a minute</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ظل الخادم يتغير أثناء مزامنة هذا الحاسوب؛ حاول مجددًا بعد دقيقة</translation>
    </message>
    <message>
        <source>sync</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المزامنة</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is %1 characters long; the most allowed is %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>طوله %1 حرفًا؛ والحد الأقصى %2</translation>
    </message>
    <message>
        <source>should be a date like 2025-03-31</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يجب أن يكون تاريخًا مثل 2025-03-31</translation>
    </message>
    <message>
        <source>should be a longitude and latitude</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يجب أن يكون خط طول وخط عرض</translation>
    </message>
    <message>
        <source>is not a place on Earth (longitude -180..180, latitude -90..90)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ليس مكانًا على الأرض (خط الطول ‎-180..180‎، خط العرض ‎-90..90‎)</translation>
    </message>
    <message>
        <source>Please give the asset a name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يُرجى إعطاء المورد اسمًا</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of asset; choose one from the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&apos;%1&apos; ليس نوع مورد؛ اختر واحدًا من القائمة</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category; choose one from the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&apos;%1&apos; ليس فئة؛ اختر واحدة من القائمة</translation>
    </message>
    <message>
        <source>should be active, temporarily closed or closed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يجب أن يكون نشطًا أو مغلقًا مؤقتًا أو مغلقًا</translation>
    </message>
    <message>
        <source>unknown principle %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مبدأ غير معروف %1</translation>
    </message>
    <message>
        <source>does not look like a UK postcode (for example S1 2BJ)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يبدو رمزًا بريديًا بريطانيًا (مثل ⁨S1 2BJ⁩)</translation>
    </message>
    <message>
        <source>does not look like a web address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يبدو عنوان موقع</translation>
    </message>
    <message>
        <source>does not look like an email address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا يبدو عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>Please give the group a name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يُرجى إعطاء المجموعة اسمًا</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a type of group; choose one from the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&apos;%1&apos; ليس نوع مجموعة؛ اختر واحدًا من القائمة</translation>
    </message>
    <message>
        <source>Consent must be recorded (who recorded it and when) before a care need is saved</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يجب تسجيل الموافقة (من سجّلها ومتى) قبل حفظ احتياج الرعاية</translation>
    </message>
    <message>
        <source>Choose at least one need</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختر احتياجًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>choose an age band from the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختر فئة عمرية من القائمة</translation>
    </message>
    <message>
        <source>should be low, medium or high</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يجب أن يكون منخفضًا أو متوسطًا أو عاليًا</translation>
    </message>
    <message>
        <source>should be open, connected, met or closed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يجب أن يكون مفتوحًا أو مربوطًا أو مُلبّى أو مغلقًا</translation>
    </message>
    <message>
        <source>Please do not write a postcode or address in the notes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يُرجى عدم كتابة رمز بريدي أو عنوان في الملاحظات</translation>
    </message>
    <message>
        <source>A neighbourhood needs a name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يحتاج الحي إلى اسم</translation>
    </message>
    <message>
        <source>unknown need category (use the codes or names from the list)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فئة احتياج غير معروفة (استخدم الرموز أو الأسماء من القائمة)</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Deleted</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Location</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>May appear on public maps</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يجوز ظهوره على الخرائط العامة</translation>
    </message>
    <message>
        <source>Run by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يديره</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آخر تحقق</translation>
    </message>
    <message>
        <source>Opening times</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أوقات الفتح</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لمن هو</translation>
    </message>
    <message>
        <source>Group type</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نوع المجموعة</translation>
    </message>
    <message>
        <source>Charity number</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رقم الجمعية الخيرية</translation>
    </message>
    <message>
        <source>Age band</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Is a carer</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مقدم رعاية</translation>
    </message>
    <message>
        <source>Roughly where</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أين تقريبًا</translation>
    </message>
    <message>
        <source>Consent given to</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أُعطيت الموافقة لـ</translation>
    </message>
    <message>
        <source>Consent given at</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وقت الموافقة</translation>
    </message>
    <message>
        <source>Consent for</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموافقة على</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سجّله</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الأحياء</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Cost</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سهولة الوصول</translation>
    </message>
    <message>
        <source>Principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المبادئ</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الإلحاح</translation>
    </message>
    <message>
        <source>Needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>deleted</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>restored</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مُستعاد</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لا</translation>
    </message>
    <message>
        <source>a record no longer here</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سجل لم يعد هنا</translation>
    </message>
    <message>
        <source>Neighbourhood chosen by hand</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحي مختار يدويًا</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>The record&apos;s id. Leave empty for new rows; keep it to update a record.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>معرّف السجل. اتركه فارغًا للصفوف الجديدة؛ واحتفظ به لتحديث سجل.</translation>
    </message>
    <message>
        <source>Name of the asset (required).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اسم المورد (مطلوب).</translation>
    </message>
    <message>
        <source>Kind of asset: one of the kinds listed below.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نوع المورد: أحد الأنواع المدرجة أدناه.</translation>
    </message>
    <message>
        <source>Category: one of the categories listed below.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الفئة: إحدى الفئات المدرجة أدناه.</translation>
    </message>
    <message>
        <source>What happens there, in plain words.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ما يحدث هناك، بكلمات بسيطة.</translation>
    </message>
    <message>
        <source>Latitude in decimal degrees (WGS84), e.g. 53.3811. Leave empty to use the postcode.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خط العرض بالدرجات العشرية (WGS84)، مثل 53.3811. اتركه فارغًا لاستخدام الرمز البريدي.</translation>
    </message>
    <message>
        <source>Longitude in decimal degrees (WGS84), e.g. -1.4701.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خط الطول بالدرجات العشرية (WGS84)، مثل ‎-1.4701‎.</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عنوان الشارع.</translation>
    </message>
    <message>
        <source>UK postcode, e.g. S1 2BJ (places the row when there are no coordinates).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الرمز البريدي البريطاني، مثل ⁨S1 2BJ⁩ (يحدد موضع الصف عند غياب الإحداثيات).</translation>
    </message>
    <message>
        <source>Neighbourhood name (worked out from the location when empty).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اسم الحي (يُستنتج من الموقع إذا كان فارغًا).</translation>
    </message>
    <message>
        <source>When it is open or meets.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>متى يفتح أو يجتمع.</translation>
    </message>
    <message>
        <source>Public contact phone number.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رقم هاتف التواصل العام.</translation>
    </message>
    <message>
        <source>Public contact email.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>البريد الإلكتروني العام للتواصل.</translation>
    </message>
    <message>
        <source>Web address.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عنوان الموقع.</translation>
    </message>
    <message>
        <source>Step-free access, hearing loop, toilets...</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دخول بلا درج، حلقة سمعية، دورات مياه...</translation>
    </message>
    <message>
        <source>Free, donation, price...</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مجاني، تبرع، سعر...</translation>
    </message>
    <message>
        <source>Who it is for.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لمن هو.</translation>
    </message>
    <message>
        <source>Principles it shows, separated by &apos;;&apos; (see the list below).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المبادئ التي يجسدها، مفصولة بـ &apos;;&apos; (انظر القائمة أدناه).</translation>
    </message>
    <message>
        <source>Name (or id) of the group that runs it, from the Groups sheet.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اسم (أو معرّف) المجموعة التي تديره، من ورقة Groups.</translation>
    </message>
    <message>
        <source>active, temporarily_closed or closed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>active أو temporarily_closed أو closed.</translation>
    </message>
    <message>
        <source>yes if this may appear on public maps, otherwise no.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>yes إذا جاز ظهوره على الخرائط العامة، وإلا no.</translation>
    </message>
    <message>
        <source>Date the details were last checked.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تاريخ آخر تحقق من التفاصيل.</translation>
    </message>
    <message>
        <source>Who recorded it.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>من سجّله.</translation>
    </message>
    <message>
        <source>Name of the group or organisation (required).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اسم المجموعة أو المنظمة (مطلوب).</translation>
    </message>
    <message>
        <source>Type of group: one of the types listed below.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نوع المجموعة: أحد الأنواع المدرجة أدناه.</translation>
    </message>
    <message>
        <source>What the group does.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ما تقوم به المجموعة.</translation>
    </message>
    <message>
        <source>Registered charity number, if any.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رقم الجمعية الخيرية المسجلة، إن وجد.</translation>
    </message>
    <message>
        <source>Neighbourhoods served, names separated by &apos;;&apos;.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الأحياء المخدومة، أسماء مفصولة بـ &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Choose from the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختر من القائمة</translation>
    </message>
    <message>
        <source>Please choose a value from the list.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يُرجى اختيار قيمة من القائمة.</translation>
    </message>
    <message>
        <source>Several allowed, separated by ;</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>يُسمح بعدة قيم، مفصولة بـ ;</translation>
    </message>
    <message>
        <source>Neighbourhood Mapper workbook</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مصنف Neighbourhood Mapper</translation>
    </message>
    <message>
        <source>Fill in one row per asset (Assets sheet) or group (Groups sheet), then import the file with &apos;mapper import PROJECT FILE&apos; or File &gt; Import. Leave uuid empty for new rows.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>املأ صفًا لكل مورد (ورقة Assets) أو مجموعة (ورقة Groups)، ثم استورد الملف بالأمر &apos;mapper import PROJECT FILE&apos; أو ملف &gt; استيراد. اترك uuid فارغًا للصفوف الجديدة.</translation>
    </message>
    <message>
        <source>Exported from Neighbourhood Mapper on %1. Keep the uuid column: it lets an import update the same records.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صُدّر من Neighbourhood Mapper في %1. احتفظ بعمود uuid: فهو يتيح للاستيراد تحديث السجلات نفسها.</translation>
    </message>
    <message>
        <source>Rows without latitude/longitude are placed by postcode. Values starting with = + - @ are text, never formulas.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الصفوف بلا خط عرض/طول تُوضع حسب الرمز البريدي. القيم التي تبدأ بـ = + - @ نصوص، وليست صيغًا أبدًا.</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الورقة %1</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ما تحتويه</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الأنواع</translation>
    </message>
    <message>
        <source>Label</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Categories</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>المبادئ</translation>
    </message>
    <message>
        <source>Group types</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>أنواع المجموعات</translation>
    </message>
    <message>
        <source>Leave as it is: the record as it was exported, so that only the cells you change are applied and a cell changed in the project meanwhile is kept for review. Empty for new rows.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اتركه كما هو: السجل كما صُدّر، كي تُطبَّق الخلايا التي تغيّرها فقط وتُبقى للمراجعة أي خلية تغيّرت في المشروع في الأثناء. فارغ للصفوف الجديدة.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عرض رسالة المساعدة هذه والخروج</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختيار غير صالح: %(value)r (اختر من %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>كان متوقعًا وسيط واحد</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قيمة %(type)s غير صالحة: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خيار ملتبس: قد يطابق %(option)s ‏%(matches)s</translation>
    </message>
</context>
</TS>
