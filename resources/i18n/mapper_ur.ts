<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur" sourcelanguage="en">
<!-- Neighbourhood Mapper. Messages whose translator comment says "machine-made" were translated by machine and not yet checked by a native speaker: correct them in Qt Linguist (see README.md, 'Translations') and delete that comment. -->
<context>
    <name>Aggregates</name>
    <message>
        <source>fewer than 10*</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>10 سے کم*</translation>
    </message>
    <message>
        <source>* fewer than 10, or withheld so that a count under 10 cannot be worked out from the totals</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>* 10 سے کم، یا روک لیا گیا تاکہ کل میزان سے 10 سے کم کی گنتی معلوم نہ کی جا سکے</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Neighbourhood Mapper project (*.gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper منصوبہ (*.gpkg)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منصوبہ کھولیں</translation>
    </message>
</context>
<context>
    <name>AssetForm</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نام</translation>
    </message>
    <message>
        <source>What people call it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لوگ اسے کیا کہتے ہیں</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Find on map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشے پر تلاش کریں</translation>
    </message>
    <message>
        <source>Find postcode on map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پوسٹ کوڈ نقشے پر تلاش کریں</translation>
    </message>
    <message>
        <source>Place the asset at this postcode (works offline)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثے کو اس پوسٹ کوڈ پر رکھیں (آف لائن کام کرتا ہے)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>For example S1 2BJ</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مثلاً ⁨S1 2BJ⁩</translation>
    </message>
    <message>
        <source>Location</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مقام</translation>
    </message>
    <message>
        <source>No location</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوئی مقام نہیں</translation>
    </message>
    <message>
        <source>Clear location</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مقام ہٹائیں</translation>
    </message>
    <message>
        <source>For online or area-wide assets: no point on the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آن لائن یا پورے علاقے کے اثاثوں کے لیے: نقشے پر کوئی نقطہ نہیں</translation>
    </message>
    <message>
        <source>Location:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مقام:</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلہ</translation>
    </message>
    <message>
        <source>Run by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>چلانے والا</translation>
    </message>
    <message>
        <source>Opening times</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کھلنے کے اوقات</translation>
    </message>
    <message>
        <source>For example Mondays 10-12</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مثلاً پیر 10-12</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رسائی</translation>
    </message>
    <message>
        <source>Step-free? Hearing loop?</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سیڑھی کے بغیر؟ سماعتی لوپ؟</translation>
    </message>
    <message>
        <source>Cost</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لاگت</translation>
    </message>
    <message>
        <source>Free, £1, donations…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مفت، ⁨£1⁩، عطیات…</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ کس کے لیے ہے</translation>
    </message>
    <message>
        <source>Everyone, older people, carers…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سب، بزرگ، نگہداشت کرنے والے…</translation>
    </message>
    <message>
        <source>Principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اصول</translation>
    </message>
    <message>
        <source>Checked today</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آج جانچا گیا</translation>
    </message>
    <message>
        <source>Mark checked today</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آج جانچا ہوا نشان لگائیں</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آخری بار جانچا گیا</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Publish</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شائع کریں</translation>
    </message>
    <message>
        <source>May appear on public maps</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عوامی نقشوں پر آ سکتا ہے</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصاویر:</translation>
    </message>
    <message>
        <source>From the location</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مقام سے</translation>
    </message>
    <message>
        <source>Nobody recorded</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوئی درج نہیں</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>زمرہ چنیں…</translation>
    </message>
    <message>
        <source>Choose a category for this kind (the kind is saved with it)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس قسم کے لیے زمرہ چنیں (قسم اس کے ساتھ محفوظ ہوتی ہے)</translation>
    </message>
    <message>
        <source>%1 — in %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 — %2 میں</translation>
    </message>
    <message>
        <source>an unknown neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ایک نامعلوم محلہ</translation>
    </message>
    <message>
        <source>No location (online or area-wide). Click the map or find a postcode to place it.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوئی مقام نہیں (آن لائن یا پورا علاقہ)۔ اسے رکھنے کے لیے نقشے پر کلک کریں یا پوسٹ کوڈ تلاش کریں۔</translation>
    </message>
    <message>
        <source>Not set</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مقرر نہیں</translation>
    </message>
    <message>
        <source>does not look like a UK postcode (for example S1 2BJ)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>برطانیہ کا پوسٹ کوڈ نہیں لگتا (مثلاً ⁨S1 2BJ⁩)</translation>
    </message>
    <message>
        <source>%1 is not in the offline postcode list; click the map to place the asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 آف لائن پوسٹ کوڈ فہرست میں نہیں؛ اثاثہ رکھنے کے لیے نقشے پر کلک کریں</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>DEMO: the records here are made up, for trying the app. Nothing you type here reaches real maps. To record your neighbourhood: File → New project.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ڈیمو: یہاں کے ریکارڈ فرضی ہیں، ایپ آزمانے کے لیے۔ یہاں آپ کا لکھا کچھ بھی اصل نقشوں تک نہیں پہنچتا۔ اپنا محلہ درج کرنے کے لیے: فائل ← نیا منصوبہ۔</translation>
    </message>
    <message>
        <source>This is the demo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ ڈیمو ہے</translation>
    </message>
    <message>
        <source>Read-only: this file or its folder cannot be changed, so you can look but not edit. To work on it, copy the file into a folder of your own (for example Documents) and open the copy.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صرف پڑھنے کے لیے: اس فائل یا اس کے فولڈر کو بدلا نہیں جا سکتا، اس لیے آپ دیکھ سکتے ہیں مگر ترمیم نہیں کر سکتے۔ اس پر کام کرنے کے لیے فائل کو اپنے کسی فولڈر (مثلاً Documents) میں کاپی کریں اور کاپی کھولیں۔</translation>
    </message>
    <message>
        <source>This file is read-only</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ فائل صرف پڑھنے کے لیے ہے</translation>
    </message>
</context>
<context>
    <name>CareNeedsPanel</name>
    <message>
        <source>Passphrase</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نیا پاس فریز</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پاس فریز دوبارہ</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پاس فریز دہرائیں</translation>
    </message>
    <message>
        <source>Set passphrase and protect care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پاس فریز مقرر کریں اور نگہداشت کی ضروریات محفوظ کریں</translation>
    </message>
    <message>
        <source>Care needs are locked. Enter the project passphrase to see them.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات مقفل ہیں۔ دیکھنے کے لیے منصوبے کا پاس فریز درج کریں۔</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات</translation>
    </message>
    <message>
        <source>New care need</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی نئی ضرورت</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابھی مقفل کریں</translation>
    </message>
    <message>
        <source>Needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ضروریات</translation>
    </message>
    <message>
        <source>Is a carer</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کرنے والا ہے</translation>
    </message>
    <message>
        <source>optional: longitude latitude, rounded (never an address)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختیاری: طول بلد عرض بلد، گول کیے ہوئے (کبھی پتہ نہیں)</translation>
    </message>
    <message>
        <source>Short notes. No names, no addresses.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مختصر نوٹس۔ نام نہیں، پتے نہیں۔</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلہ</translation>
    </message>
    <message>
        <source>Age band</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عمر کا گروپ</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فوریت</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>Approximate point</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تقریبی نقطہ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Consent (required)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رضامندی (لازمی)</translation>
    </message>
    <message>
        <source>The person agreed to this being recorded</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس شخص نے اسے درج کرنے پر رضامندی دی</translation>
    </message>
    <message>
        <source>who recorded the consent</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رضامندی کس نے درج کی</translation>
    </message>
    <message>
        <source>what the person agreed to</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس شخص نے کس بات پر رضامندی دی</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>درج کرنے والا</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کب</translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کس بات پر رضامندی</translation>
    </message>
    <message>
        <source>Save care need</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضرورت محفوظ کریں</translation>
    </message>
    <message>
        <source>Connect: suggestions (open first, nearest first)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جوڑیں: تجاویز (کھلی پہلے، قریب ترین پہلے)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تجاویز</translation>
    </message>
    <message>
        <source>Record connection</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رابطہ درج کریں</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دونوں پاس فریز ایک جیسے نہیں۔</translation>
    </message>
    <message>
        <source>Care needs locked.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات مقفل۔</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(معلوم نہیں)</translation>
    </message>
    <message>
        <source>(sealed for the coordinator: cannot be opened here)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(کوآرڈینیٹر کے لیے مہر بند: یہاں نہیں کھل سکتا)</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: %2 (%3، %4)</translation>
    </message>
    <message>
        <source>Neighbourhood not known</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلہ معلوم نہیں</translation>
    </message>
    <message>
        <source>Record the consent first: tick it, say who recorded it and what was agreed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پہلے رضامندی درج کریں: نشان لگائیں، بتائیں کس نے درج کی اور کس بات پر رضامندی ہوئی</translation>
    </message>
    <message>
        <source>Consent is required: tick that the person agreed, who recorded it and what they agreed to.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رضامندی لازمی ہے: نشان لگائیں کہ شخص نے رضامندی دی، کس نے درج کی اور کس بات پر۔</translation>
    </message>
    <message>
        <source>Saved (encrypted).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محفوظ ہو گیا (خفیہ)۔</translation>
    </message>
    <message>
        <source>Save the coordinator public key</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوآرڈینیٹر کی عوامی کلید محفوظ کریں</translation>
    </message>
    <message>
        <source>Coordinator public key (*.nmkey)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوآرڈینیٹر کی عوامی کلید (*.nmkey)</translation>
    </message>
    <message>
        <source>Public key saved as %1 in the folder %2. Give this file to your mappers. Fingerprint %3: read it to them so they can check the file they use.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عوامی کلید %1 کے نام سے فولڈر %2 میں محفوظ ہو گئی۔ یہ فائل اپنے نقشہ سازوں کو دیں۔ فنگر پرنٹ %3: اسے انہیں پڑھ کر سنائیں تاکہ وہ اپنی فائل جانچ سکیں۔</translation>
    </message>
    <message>
        <source>online or no place</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آن لائن یا کوئی جگہ نہیں</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 کلومیٹر</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کھلا</translation>
    </message>
    <message>
        <source>not open now</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابھی کھلا نہیں</translation>
    </message>
    <message>
        <source>group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپ</translation>
    </message>
    <message>
        <source>%1 (%2; %3; %4) for %5</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 (%2؛ %3؛ %4) برائے %5</translation>
    </message>
    <message>
        <source>Choose a care need and a suggestion first.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پہلے نگہداشت کی ایک ضرورت اور ایک تجویز چنیں۔</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 سے جوڑ دیا گیا۔</translation>
    </message>
    <message>
        <source>Search care needs: need, neighbourhood, status, notes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات تلاش کریں: ضرورت، محلہ، حالت، نوٹس</translation>
    </message>
    <message>
        <source>Search care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات تلاش کریں</translation>
    </message>
    <message>
        <source>Care needs shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دکھائی گئی نگہداشت کی ضروریات</translation>
    </message>
    <message>
        <source>%1 of %2 care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%2 میں سے %1 نگہداشت کی ضروریات</translation>
    </message>
    <message>
        <source>%1 care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>ok</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منسوخ؛ کچھ تبدیل نہیں ہوا</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>اور %n مزید</numerusform>
            <numerusform>اور %n مزید</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 شامل، %2 تازہ، %3 بغیر تبدیلی، %4 چھوڑے گئے</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n انتباہ</numerusform>
            <numerusform>%n انتباہات</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote %1: %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 لکھ دی گئی: %2</translation>
    </message>
    <message>
        <source>(public: only what may be published)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(عوامی: صرف وہ جو شائع کیا جا سکتا ہے)</translation>
    </message>
    <message>
        <source>%1 is busy (another program is writing to it); waiting...</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 مصروف ہے (کوئی دوسرا پروگرام اس میں لکھ رہا ہے)؛ انتظار ہو رہا ہے...</translation>
    </message>
    <message>
        <source>created %1 with %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 بنا دیا گیا، %2 کے ساتھ</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n محلہ</numerusform>
            <numerusform>%n محلے</numerusform>
        </translation>
    </message>
    <message>
        <source>applied %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 لاگو کیا گیا</translation>
    </message>
    <message>
        <source>schema up to date</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اسکیما تازہ ترین ہے</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n اثاثہ</numerusform>
            <numerusform>%n اثاثے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n گروپ</numerusform>
            <numerusform>%n گروپ</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot listen on %1 (%2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 پر سننا ممکن نہیں (%2)</translation>
    </message>
    <message>
        <source>Open Referral UK API on %1 (read-only; Ctrl+C stops it)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Open Referral UK API، %1 پر (صرف پڑھنے کے لیے؛ Ctrl+C اسے روکتا ہے)</translation>
    </message>
    <message>
        <source>(mapper --help for more)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(مزید کے لیے mapper --help)</translation>
    </message>
    <message>
        <source>unexpected error:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>غیر متوقع خرابی:</translation>
    </message>
    <message>
        <source>(details in %1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(تفصیلات %1 میں)</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) changed in the project since the export were kept; the file&apos;s values are in Review</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>برآمد کے بعد منصوبے میں بدلا گیا %n خانہ رکھا گیا؛ فائل کی قدریں جائزے میں ہیں</numerusform>
            <numerusform>برآمد کے بعد منصوبے میں بدلے گئے %n خانے رکھے گئے؛ فائل کی قدریں جائزے میں ہیں</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote %1: Open Referral UK 3.0 with %2, %3, %4 (JSON and tabular data package)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 لکھ دی گئی: Open Referral UK 3.0، %2، %3، %4 کے ساتھ (JSON اور جدولی ڈیٹا پیکیج)</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n خدمت</numerusform>
            <numerusform>%n خدمات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n تنظیم</numerusform>
            <numerusform>%n تنظیمیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n مقام</numerusform>
            <numerusform>%n مقامات</numerusform>
        </translation>
    </message>
    <message>
        <source>public map with %1 in %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عوامی نقشہ، %2 میں %1 کے ساتھ</translation>
    </message>
    <message>
        <source>map with %1 in %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشہ، %2 میں %1 کے ساتھ</translation>
    </message>
    <message>
        <source>wrote %1: %2 (one file, works offline)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 لکھ دی گئی: %2 (ایک فائل، آف لائن چلتی ہے)</translation>
    </message>
    <message>
        <source>%1, decrypted: keep this file safe</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1، غیر خفیہ: اس فائل کو محفوظ رکھیں</translation>
    </message>
    <message numerus="yes">
        <source>%n care need(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n نگہداشت کی ضرورت</numerusform>
            <numerusform>%n نگہداشت کی ضروریات</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: care needs %2 added, %3 updated, %4 unchanged (sealed in the project)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: نگہداشت کی ضروریات — %2 شامل، %3 تازہ، %4 بغیر تبدیلی (منصوبے میں مہربند)</translation>
    </message>
    <message>
        <source>wrote %1: public website with %2 and %3 (%4; open index.html, works offline)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 لکھ دی گئی: عوامی ویب سائٹ، %2 اور %3 کے ساتھ (%4؛ index.html کھولیں، آف لائن چلتی ہے)</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood profile(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n محلے کا خاکہ</numerusform>
            <numerusform>%n محلوں کے خاکے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n فائل</numerusform>
            <numerusform>%n فائلیں</numerusform>
        </translation>
    </message>
    <message>
        <source>an ORUK export goes into a new folder (or replaces an earlier ORUK export)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ORUK برآمد ایک نئے فولڈر میں جاتی ہے (یا پچھلی ORUK برآمد کی جگہ لیتی ہے)</translation>
    </message>
    <message>
        <source>cannot write the ORUK export (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ORUK برآمد لکھی نہیں جا سکتی (%1)</translation>
    </message>
    <message>
        <source>a website is published into a new folder (or replaces an earlier published site)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ویب سائٹ ایک نئے فولڈر میں شائع ہوتی ہے (یا پہلے سے شائع شدہ سائٹ کی جگہ لیتی ہے)</translation>
    </message>
    <message>
        <source>cannot write the website (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ویب سائٹ لکھی نہیں جا سکتی (%1)</translation>
    </message>
    <message>
        <source>created %1: %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 بنا دیا گیا: %2</translation>
    </message>
    <message>
        <source>%1 changed by another tool; they get versions when the app opens the file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 کسی دوسرے ٹول نے بدلے؛ ایپ کے فائل کھولنے پر انہیں ورژن ملیں گے</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) already recorded given their neighbourhood from these boundaries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>پہلے سے درج %n اثاثے کو ان حدود سے اس کا محلہ ملا</numerusform>
            <numerusform>پہلے سے درج %n اثاثوں کو ان حدود سے ان کا محلہ ملا</numerusform>
        </translation>
    </message>
    <message>
        <source>create the Sheffield demo project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شیفیلڈ کا ڈیمو منصوبہ بنائیں</translation>
    </message>
    <message>
        <source>create an empty project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خالی منصوبہ بنائیں</translation>
    </message>
    <message>
        <source>add or update records from .gpkg .xlsx .csv .geojson</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>.gpkg .xlsx .csv .geojson سے ریکارڈ شامل یا تازہ کریں</translation>
    </message>
    <message>
        <source>Open Referral UK 3.0 (JSON + tabular data package)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Open Referral UK 3.0 (JSON + جدولی ڈیٹا پیکیج)</translation>
    </message>
    <message>
        <source>the public website (map, search, list, profiles)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عوامی ویب سائٹ (نقشہ، تلاش، فہرست، خاکے)</translation>
    </message>
    <message>
        <source>the Open Referral UK API (read-only)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Open Referral UK API (صرف پڑھنے کے لیے)</translation>
    </message>
    <message>
        <source>merge other mappers&apos; exports into PROJECT</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دوسرے نقشہ سازوں کی برآمدات کو PROJECT میں ضم کریں</translation>
    </message>
    <message>
        <source>two-way sync with a folder or postgresql:// server (remembered)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کسی فولڈر یا postgresql:// سرور کے ساتھ دو طرفہ ہم آہنگی (یاد رکھی جاتی ہے)</translation>
    </message>
    <message>
        <source>create or upgrade the central map&apos;s schema on PostgreSQL/PostGIS</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>PostgreSQL/PostGIS پر مرکزی نقشے کا اسکیما بنائیں یا تازہ کریں</translation>
    </message>
    <message>
        <source>validate a project or export file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منصوبے یا برآمدی فائل کی جانچ کریں</translation>
    </message>
    <message>
        <source>counts by neighbourhood and category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلے اور زمرے کے لحاظ سے گنتی</translation>
    </message>
    <message>
        <source>scripted check of an installed copy (demo, map, add, export)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نصب شدہ نسخے کی خودکار جانچ (ڈیمو، نقشہ، اضافہ، برآمد)</translation>
    </message>
    <message>
        <source>file whose first line is the care-needs passphrase</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وہ فائل جس کی پہلی سطر نگہداشت کی ضروریات کا پاس فریز ہے</translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اگر فائل موجود ہو تو اسے بدل دیں</translation>
    </message>
    <message>
        <source>neighbourhood polygons (.geojson or .gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلوں کے کثیر الاضلاع (.geojson یا .gpkg)</translation>
    </message>
    <message>
        <source>your name, recorded with every change</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آپ کا نام، ہر تبدیلی کے ساتھ درج کیا جاتا ہے</translation>
    </message>
    <message>
        <source>add or update records from files</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فائلوں سے ریکارڈ شامل یا تازہ کریں</translation>
    </message>
    <message>
        <source>polygons are neighbourhood boundaries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کثیر الاضلاع محلوں کی حدود ہیں</translation>
    </message>
    <message>
        <source>write records to a file (format from its suffix)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ریکارڈ فائل میں لکھیں (فارمیٹ اس کے لاحقے سے)</translation>
    </message>
    <message>
        <source>a project file (with --format oruk also postgresql://...)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منصوبے کی فائل (--format oruk کے ساتھ postgresql://... بھی)</translation>
    </message>
    <message>
        <source>only what may be published; never care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صرف وہ جو شائع کیا جا سکتا ہے؛ نگہداشت کی ضروریات کبھی نہیں</translation>
    </message>
    <message>
        <source>coordinator&apos;s public key: care needs go encrypted to it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رابطہ کار کی عوامی کلید: نگہداشت کی ضروریات اس کے لیے خفیہ کر کے جاتی ہیں</translation>
    </message>
    <message>
        <source>oruk: Open Referral UK 3.0 into the folder OUT</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>oruk: Open Referral UK 3.0 فولڈر OUT میں</translation>
    </message>
    <message>
        <source>write the public website into a folder</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عوامی ویب سائٹ کسی فولڈر میں لکھیں</translation>
    </message>
    <message>
        <source>a project file or the central map (postgresql://...)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منصوبے کی فائل یا مرکزی نقشہ (postgresql://...)</translation>
    </message>
    <message>
        <source>answer the Open Referral UK API (read-only)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Open Referral UK API کا جواب دیں (صرف پڑھنے کے لیے)</translation>
    </message>
    <message>
        <source>address to listen on (default 127.0.0.1: this computer)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سننے کا پتہ (طے شدہ 127.0.0.1: یہ کمپیوٹر)</translation>
    </message>
    <message>
        <source>merge other mappers&apos; exports into the project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دوسرے نقشہ سازوں کی برآمدات کو منصوبے میں ضم کریں</translation>
    </message>
    <message>
        <source>print the summary as JSON</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خلاصہ JSON کے طور پر چھاپیں</translation>
    </message>
    <message>
        <source>two-way sync with a shared folder or the central map&apos;s server</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مشترکہ فولڈر یا مرکزی نقشے کے سرور کے ساتھ دو طرفہ ہم آہنگی</translation>
    </message>
    <message>
        <source>a folder, a postgresql:// URI or a libpq service name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فولڈر، postgresql:// URI یا libpq سروس کا نام</translation>
    </message>
    <message>
        <source>coordinator&apos;s public key: care needs go sealed to it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رابطہ کار کی عوامی کلید: نگہداشت کی ضروریات اس کے لیے مہر بند جاتی ہیں</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نتیجہ JSON کے طور پر چھاپیں</translation>
    </message>
    <message>
        <source>set up the central map&apos;s server</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مرکزی نقشے کا سرور تیار کریں</translation>
    </message>
    <message>
        <source>postgresql:// URI or libpq service name of an (empty) database</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کسی (خالی) ڈیٹا بیس کا postgresql:// URI یا libpq سروس کا نام</translation>
    </message>
    <message>
        <source>--smoke-test needs one folder for its result</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>‎--smoke-test کو اپنے نتیجے کے لیے ایک فولڈر درکار ہے</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نامعلوم کمانڈ %1</translation>
    </message>
    <message>
        <source>the language of the site&apos;s own words (recorded text stays as recorded)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سائٹ کے اپنے الفاظ کی زبان (درج شدہ متن ویسا ہی رہتا ہے جیسا درج کیا گیا)</translation>
    </message>
    <message>
        <source>the site cannot be published in %1: the languages are %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سائٹ %1 میں شائع نہیں ہو سکتی: زبانیں یہ ہیں %2</translation>
    </message>
    <message>
        <source>open the app (PROJECT, else the last one, else the welcome)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ایپ کھولیں (PROJECT، ورنہ آخری والا، ورنہ خوش آمدید کی ونڈو)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>add asset “%1”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثہ “%1” شامل کرنا</translation>
    </message>
    <message>
        <source>add group “%1”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپ “%1” شامل کرنا</translation>
    </message>
    <message>
        <source>add “%1”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>“%1” شامل کرنا</translation>
    </message>
    <message>
        <source>change %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 بدلنا</translation>
    </message>
    <message>
        <source>delete “%1”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>“%1” حذف کرنا</translation>
    </message>
    <message>
        <source>delete</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حذف کرنا</translation>
    </message>
    <message>
        <source>add photo %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصویر %1 شامل کرنا</translation>
    </message>
    <message>
        <source>remove photo %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصویر %1 ہٹانا</translation>
    </message>
    <message>
        <source>change photo caption</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصویر کا کیپشن بدلنا</translation>
    </message>
</context>
<context>
    <name>CoordinatorMenu</name>
    <message>
        <source>Save my &amp;public key for mappers…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشہ سازوں کے لیے میری &amp;عوامی کلید محفوظ کریں…</translation>
    </message>
    <message>
        <source>For the coordinator: make a key pair (kept sealed in this project) and save the public key file that mappers use to send you care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوآرڈینیٹر کے لیے: کلیدوں کا جوڑا بنائیں (اس پروجیکٹ میں مہربند) اور وہ عوامی کلید کی فائل محفوظ کریں جس سے نقشہ ساز آپ کو نگہداشت کی ضروریات بھیجتے ہیں</translation>
    </message>
    <message>
        <source>C&amp;oordinator</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کو&amp;آرڈینیٹر</translation>
    </message>
    <message>
        <source>To make or save the coordinator key, first set or enter the project passphrase here (the key pair is kept sealed under it).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوآرڈینیٹر کی کلید بنانے یا محفوظ کرنے کے لیے پہلے یہاں پروجیکٹ کا پاس فریز مقرر کریں یا درج کریں (کلیدوں کا جوڑا اسی کے تحت مہربند ہے)۔</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Install the newest Neighbourhood Mapper, then open the file again.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper کا تازہ ترین ورژن نصب کریں، پھر فائل دوبارہ کھولیں۔</translation>
    </message>
    <message>
        <source>Choose a Neighbourhood Mapper project (.gpkg). To bring in other files use File &gt; Import.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper کا منصوبہ (‎.gpkg‎) چنیں۔ دوسری فائلیں لانے کے لیے فائل &gt; درآمد استعمال کریں۔</translation>
    </message>
    <message>
        <source>Correct the field shown and it will be saved at once.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دکھائی گئی خانہ درست کریں، یہ فوراً محفوظ ہو جائے گی۔</translation>
    </message>
    <message>
        <source>The record may have been deleted; use Edit &gt; Undo if that was a mistake.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہو سکتا ہے ریکارڈ حذف ہو گیا ہو؛ اگر یہ غلطی تھی تو ترمیم &gt; واپس کریں استعمال کریں۔</translation>
    </message>
    <message>
        <source>Open the file in a spreadsheet or GIS program, fix the row named, and try again.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فائل کو اسپریڈشیٹ یا GIS پروگرام میں کھولیں، بتائی گئی قطار درست کریں، اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Choose another folder or file name and export again.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوئی اور فولڈر یا فائل کا نام چنیں اور دوبارہ برآمد کریں۔</translation>
    </message>
    <message>
        <source>Unlock care needs with the project&apos;s passphrase, or ask your coordinator for the key.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منصوبے کے پاس فریز سے نگہداشت کی ضروریات کھولیں، یا اپنے کوآرڈینیٹر سے کلید مانگیں۔</translation>
    </message>
    <message>
        <source>Ask the mapper for a fresh export of their project and merge that.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشہ ساز سے ان کے منصوبے کی نئی برآمد مانگیں اور اسے ضم کریں۔</translation>
    </message>
    <message>
        <source>What finished before you pressed Cancel is kept whole; nothing is left half-done. Start it again when you are ready.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منسوخ کرنے سے پہلے جو مکمل ہو چکا تھا وہ پورا محفوظ ہے؛ کچھ بھی آدھا ادھورا نہیں رہا۔ جب تیار ہوں دوبارہ شروع کریں۔</translation>
    </message>
    <message>
        <source>Check the file named and try again.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بتائی گئی فائل جانچیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Your saved work is safe: every edit shown as saved is in the project file. Try again; if it happens again, send the details to your coordinator.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آپ کا محفوظ کام محفوظ ہے: محفوظ دکھائی گئی ہر ترمیم منصوبے کی فائل میں ہے۔ دوبارہ کوشش کریں؛ اگر پھر ہو تو تفصیلات اپنے کوآرڈینیٹر کو بھیجیں۔</translation>
    </message>
    <message>
        <source>Error message</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خرابی کا پیغام</translation>
    </message>
    <message>
        <source>Neighbourhood Mapper</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 نہیں ہو سکا: %2</translation>
    </message>
    <message>
        <source>Something went wrong while trying to %1.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 کی کوشش میں کچھ غلط ہو گیا۔</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کچھ غلط ہو گیا۔</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تفصیلات %1 میں لکھ دی گئیں۔</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تفصیلات نقل کریں</translation>
    </message>
    <message>
        <source>Close message</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پیغام بند کریں</translation>
    </message>
    <message>
        <source>Make room on the disk (empty the recycle bin, move old exports or large files elsewhere), then do it again. Everything shown as saved before this is safe.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ڈسک پر جگہ بنائیں (ری سائیکل بن خالی کریں، پرانی برآمدات یا بڑی فائلیں کہیں اور منتقل کریں)، پھر دوبارہ کریں۔ اس سے پہلے جو کچھ محفوظ دکھایا گیا وہ سلامت ہے۔</translation>
    </message>
    <message>
        <source>To change it, copy the file into a folder of your own (for example Documents) and open the copy.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اسے بدلنے کے لیے فائل کو اپنے کسی فولڈر (مثلاً Documents) میں کاپی کریں اور کاپی کھولیں۔</translation>
    </message>
    <message>
        <source>the disk is full, so nothing was written</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ڈسک بھری ہوئی ہے، اس لیے کچھ نہیں لکھا گیا</translation>
    </message>
    <message>
        <source>cannot read the passphrase file (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پاس فریز کی فائل پڑھی نہیں جا سکتی (%1)</translation>
    </message>
    <message>
        <source>the passphrase file is empty</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پاس فریز کی فائل خالی ہے</translation>
    </message>
    <message>
        <source>is a folder with no exports (.gpkg files) in it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ایسا فولڈر ہے جس میں کوئی برآمد (.gpkg فائلیں) نہیں</translation>
    </message>
    <message>
        <source>the record is not valid</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ریکارڈ درست نہیں ہے</translation>
    </message>
    <message>
        <source>the disk is full or the file-size limit was reached; free some space and try again</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ڈسک بھر گئی ہے یا فائل کے سائز کی حد پوری ہو گئی ہے؛ کچھ جگہ خالی کریں اور دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>is busy: another program or window is writing to it; try again in a moment</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مصروف ہے: کوئی اور پروگرام یا ونڈو اس میں لکھ رہی ہے؛ تھوڑی دیر میں دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>its data is nested too deeply to read (damaged or hostile file)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس کا ڈیٹا پڑھنے کے لیے بہت گہرائی تک جڑا ہوا ہے (خراب یا نقصان دہ فائل)</translation>
    </message>
    <message>
        <source>holds damaged data (text that should be JSON is not)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس میں خراب ڈیٹا ہے (جو متن JSON ہونا چاہیے وہ نہیں ہے)</translation>
    </message>
    <message>
        <source>holds a number too large to use (or infinite)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس میں ایسا عدد ہے جو استعمال کے لیے بہت بڑا (یا لامحدود) ہے</translation>
    </message>
    <message>
        <source>is too large to read</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پڑھنے کے لیے بہت بڑی ہے</translation>
    </message>
    <message>
        <source>holds text in an encoding that cannot be read</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس میں ایسی انکوڈنگ کا متن ہے جو پڑھی نہیں جا سکتی</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فولڈر ہے، فائل نہیں</translation>
    </message>
    <message>
        <source>permission denied: the file or its folder is read-only</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اجازت نہیں: فائل یا اس کا فولڈر صرف پڑھنے کے لیے ہے</translation>
    </message>
    <message>
        <source>the file is too big: the file-size limit was reached</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فائل بہت بڑی ہے: فائل کے سائز کی حد پوری ہو گئی</translation>
    </message>
    <message>
        <source>is on a read-only disk</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صرف پڑھنے والی ڈسک پر ہے</translation>
    </message>
    <message>
        <source>file or folder not found</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فائل یا فولڈر نہیں ملا</translation>
    </message>
    <message>
        <source>cannot be read or written (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پڑھا یا لکھا نہیں جا سکتا (%1)</translation>
    </message>
    <message>
        <source>is read-only: nothing can be changed in it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صرف پڑھنے کے لیے ہے: اس میں کچھ بدلا نہیں جا سکتا</translation>
    </message>
    <message>
        <source>cannot be created or opened: its folder may be read-only or missing</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بنایا یا کھولا نہیں جا سکتا: ہو سکتا ہے اس کا فولڈر صرف پڑھنے کے لیے ہو یا موجود نہ ہو</translation>
    </message>
    <message>
        <source>a disk error stopped the write (disk full, file-size limit or a removed drive)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ڈسک کی خرابی نے لکھنا روک دیا (ڈسک بھری ہوئی، فائل کے سائز کی حد یا نکالی گئی ڈرائیو)</translation>
    </message>
    <message>
        <source>the write was stopped by the disk (full or at its size limit); nothing was changed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ڈسک نے لکھنا روک دیا (بھری ہوئی یا سائز کی حد پر)؛ کچھ نہیں بدلا گیا</translation>
    </message>
    <message>
        <source>cannot be read safely (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محفوظ طریقے سے پڑھا نہیں جا سکتا (%1)</translation>
    </message>
    <message>
        <source>cannot import %1; use .gpkg .xlsx .csv or .geojson</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 درآمد نہیں کیا جا سکتا؛ .gpkg .xlsx .csv یا .geojson استعمال کریں</translation>
    </message>
    <message>
        <source>files without a suffix</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بغیر لاحقے والی فائلیں</translation>
    </message>
    <message>
        <source>file not found</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فائل نہیں ملی</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فائل خالی ہے</translation>
    </message>
    <message>
        <source>no sheets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوئی شیٹ نہیں</translation>
    </message>
    <message>
        <source>nothing to import: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>درآمد کرنے کو کچھ نہیں: %1</translation>
    </message>
    <message>
        <source>is not readable GeoJSON (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پڑھنے کے قابل GeoJSON نہیں ہے (%1)</translation>
    </message>
    <message>
        <source>has no features</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس میں کوئی فیچر نہیں</translation>
    </message>
    <message>
        <source>has no polygons</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس میں کوئی کثیر الاضلاع نہیں</translation>
    </message>
    <message>
        <source>has no polygon layer</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس میں کثیر الاضلاع کی کوئی پرت نہیں</translation>
    </message>
    <message>
        <source>boundaries must be in EPSG:4326 (this layer is %1); use &apos;mapper import&apos; to reproject</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حدود EPSG:4326 میں ہونی چاہییں (یہ پرت %1 ہے)؛ دوبارہ پروجیکٹ کرنے کے لیے &apos;mapper import&apos; استعمال کریں</translation>
    </message>
    <message>
        <source>boundaries must be a .geojson or .gpkg file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حدود .geojson یا .gpkg فائل ہونی چاہییں</translation>
    </message>
    <message>
        <source>column mapping: %1 (for column %2) is not a field this app knows</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کالم کی نقشہ بندی: %1 (کالم %2 کے لیے) ایسا خانہ نہیں جسے یہ ایپ جانتی ہو</translation>
    </message>
    <message>
        <source>the text is %1 characters long; a spreadsheet cell holds at most %2, so nothing was written (shorten it first)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>متن %1 حروف لمبا ہے؛ اسپریڈشیٹ کے خانے میں زیادہ سے زیادہ %2 آتے ہیں، اس لیے کچھ نہیں لکھا گیا (پہلے اسے مختصر کریں)</translation>
    </message>
    <message>
        <source>is not UTF-8 text, so not GeoJSON</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>UTF-8 متن نہیں ہے، اس لیے GeoJSON نہیں</translation>
    </message>
    <message>
        <source>is not valid GeoJSON (line %1: %2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>درست GeoJSON نہیں ہے (سطر %1: %2)</translation>
    </message>
    <message>
        <source>is not a GeoJSON FeatureCollection</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>GeoJSON FeatureCollection نہیں ہے</translation>
    </message>
    <message>
        <source>has no features list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس میں فیچرز کی فہرست نہیں</translation>
    </message>
    <message>
        <source>has no features (the file is empty)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس میں کوئی فیچر نہیں (فائل خالی ہے)</translation>
    </message>
    <message>
        <source>is a Neighbourhood Mapper export: merge it (File → Merge, or &apos;mapper import&apos; which merges it)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper کی برآمد ہے: اسے ضم کریں (فائل ← ضم کریں، یا &apos;mapper import&apos; جو اسے ضم کرتا ہے)</translation>
    </message>
    <message>
        <source>is not a GeoPackage (no gpkg_contents table)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>GeoPackage نہیں ہے (gpkg_contents جدول نہیں)</translation>
    </message>
    <message>
        <source>has no map layers (no point or polygon features) to import</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس میں درآمد کے لیے نقشے کی کوئی پرت نہیں (نقطہ یا کثیر الاضلاع فیچر نہیں)</translation>
    </message>
    <message>
        <source>its layers are empty: nothing to import</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس کی پرتیں خالی ہیں: درآمد کرنے کو کچھ نہیں</translation>
    </message>
    <message>
        <source>layer %1 cannot be read safely (%2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پرت %1 محفوظ طریقے سے پڑھی نہیں جا سکتی (%2)</translation>
    </message>
    <message>
        <source>empty</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خالی</translation>
    </message>
    <message>
        <source>has no records to import</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس میں درآمد کے لیے کوئی ریکارڈ نہیں</translation>
    </message>
    <message>
        <source>sheet %1 would have more than %2 rows, Excel&apos;s limit</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شیٹ %1 میں %2 سے زیادہ قطاریں ہو جائیں گی، جو Excel کی حد ہے</translation>
    </message>
    <message>
        <source>is not an Excel .xlsx file (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Excel کی .xlsx فائل نہیں ہے (%1)</translation>
    </message>
    <message>
        <source>refused: part %1 would inflate %2 times to %3 bytes (a zip bomb?)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مسترد: حصہ %1 پھیل کر %2 گنا، %3 بائٹس ہو جائے گا (زپ بم؟)</translation>
    </message>
    <message>
        <source>refused: the workbook would inflate to %1 bytes, more than this app reads (a zip bomb?)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مسترد: ورک بک پھیل کر %1 بائٹس ہو جائے گی، جو اس ایپ کی پڑھنے کی حد سے زیادہ ہے (زپ بم؟)</translation>
    </message>
    <message>
        <source>a map export must end in .html</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشے کی برآمد کا نام .html پر ختم ہونا چاہیے</translation>
    </message>
    <message>
        <source>cannot write the map (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشہ لکھا نہیں جا سکتا (%1)</translation>
    </message>
    <message>
        <source>basemap file not found</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بنیادی نقشے کی فائل نہیں ملی</translation>
    </message>
    <message>
        <source>is not an MBTiles file (not SQLite)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>MBTiles فائل نہیں ہے (SQLite نہیں)</translation>
    </message>
    <message>
        <source>is not an MBTiles file (no tiles table)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>MBTiles فائل نہیں ہے (tiles جدول نہیں)</translation>
    </message>
    <message>
        <source>holds %1 tiles; only raster png, jpg or webp tiles can be shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس میں %1 ٹائلیں ہیں؛ صرف راسٹر png، jpg یا webp ٹائلیں دکھائی جا سکتی ہیں</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پڑھا نہیں جا سکتا (%1)</translation>
    </message>
    <message>
        <source>is not a readable .xlsx workbook</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پڑھنے کے قابل .xlsx ورک بک نہیں ہے</translation>
    </message>
    <message>
        <source>has no &apos;%1&apos; sheet</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس میں &apos;%1&apos; شیٹ نہیں</translation>
    </message>
    <message>
        <source>is not a GeoPackage (not an SQLite database)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>GeoPackage نہیں ہے (SQLite ڈیٹا بیس نہیں)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فائل خراب ہے (%1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوئی جواب نہیں</translation>
    </message>
    <message>
        <source>cannot be read as a database (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ڈیٹا بیس کے طور پر پڑھا نہیں جا سکتا (%1)</translation>
    </message>
    <message>
        <source>cannot be opened: permission denied</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کھولا نہیں جا سکتا: اجازت نہیں</translation>
    </message>
    <message>
        <source>the file is damaged (its integrity check fails)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فائل خراب ہے (اس کی سالمیت کی جانچ ناکام ہے)</translation>
    </message>
    <message>
        <source>its schema version is damaged (not a number)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس کا اسکیما ورژن خراب ہے (عدد نہیں)</translation>
    </message>
    <message>
        <source>was made by a newer version of Neighbourhood Mapper (schema %1, this app knows %2); please update the app</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper کے نئے ورژن سے بنی ہے (اسکیما %1، یہ ایپ %2 جانتی ہے)؛ براہ کرم ایپ کو تازہ کریں</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مسترد: %1</translation>
    </message>
    <message>
        <source>no asset with id %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شناخت %1 والا کوئی اثاثہ نہیں</translation>
    </message>
    <message>
        <source>no group with id %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شناخت %1 والا کوئی گروپ نہیں</translation>
    </message>
    <message>
        <source>no care need with id %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شناخت %1 والی کوئی نگہداشت کی ضرورت نہیں</translation>
    </message>
    <message>
        <source>no neighbourhood with id %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شناخت %1 والا کوئی محلہ نہیں</translation>
    </message>
    <message>
        <source>already exists; choose another name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پہلے سے موجود ہے؛ کوئی اور نام چنیں</translation>
    </message>
    <message>
        <source>is not a Neighbourhood Mapper project (import it instead)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper کا منصوبہ نہیں ہے (اس کے بجائے اسے درآمد کریں)</translation>
    </message>
    <message>
        <source>is read-only (its file or folder permissions): nothing can be changed in it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صرف پڑھنے کے لیے ہے (اس کی فائل یا فولڈر کی اجازتیں): اس میں کچھ بدلا نہیں جا سکتا</translation>
    </message>
    <message>
        <source>the disk is full, so this change was not saved</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ڈسک بھر گئی ہے، اس لیے یہ تبدیلی محفوظ نہیں ہوئی</translation>
    </message>
    <message>
        <source>nothing deleted with id %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شناخت %1 والی کوئی حذف شدہ چیز نہیں</translation>
    </message>
    <message>
        <source>is not a photo this app keeps (use .jpg, .png, .gif, .webp or .bmp)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ایسی تصویر نہیں جو یہ ایپ رکھتی ہے (.jpg، .png، .gif، .webp یا .bmp استعمال کریں)</translation>
    </message>
    <message>
        <source>is %1 MB; photos up to 25 MB can be kept</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 MB ہے؛ 25 MB تک کی تصاویر رکھی جا سکتی ہیں</translation>
    </message>
    <message>
        <source>refused: a review decision %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مسترد: جائزے کا ایک فیصلہ %1</translation>
    </message>
    <message>
        <source>holds binary data or numbers where text belongs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جہاں متن ہونا چاہیے وہاں بائنری ڈیٹا یا اعداد رکھتا ہے</translation>
    </message>
    <message>
        <source>is of an unknown kind (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نامعلوم قسم کا ہے (%1)</translation>
    </message>
    <message>
        <source>cannot be read (damaged JSON)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پڑھا نہیں جا سکتا (خراب JSON)</translation>
    </message>
    <message>
        <source>cannot be read (not a checkpoint)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پڑھا نہیں جا سکتا (چیک پوائنٹ نہیں)</translation>
    </message>
    <message>
        <source>one of the pair no longer exists</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جوڑے میں سے ایک اب موجود نہیں</translation>
    </message>
    <message>
        <source>is the project itself; merge other mappers&apos; exports into it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ خود منصوبہ ہے؛ اس میں دوسرے نقشہ سازوں کی برآمدات ضم کریں</translation>
    </message>
    <message>
        <source>merge cancelled; nothing was changed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ضم منسوخ؛ کچھ نہیں بدلا گیا</translation>
    </message>
    <message>
        <source>refused: it holds care needs that are not encrypted</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مسترد: اس میں نگہداشت کی ایسی ضروریات ہیں جو خفیہ نہیں کی گئیں</translation>
    </message>
    <message>
        <source>is not a Neighbourhood Mapper export (no record versions); import it instead</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper کی برآمد نہیں ہے (ریکارڈ کے ورژن نہیں)؛ اس کے بجائے اسے درآمد کریں</translation>
    </message>
    <message>
        <source>record versions cannot be read</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ریکارڈ کے ورژن پڑھے نہیں جا سکتے</translation>
    </message>
    <message>
        <source>its deleted-record data cannot be read</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس کے حذف شدہ ریکارڈ کا ڈیٹا پڑھا نہیں جا سکتا</translation>
    </message>
    <message>
        <source>cannot write %1; use .gpkg .xlsx .csv or .geojson</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 لکھا نہیں جا سکتا؛ .gpkg .xlsx .csv یا .geojson استعمال کریں</translation>
    </message>
    <message>
        <source>is the project file itself (or a file it has open); choose another name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ خود منصوبے کی فائل ہے (یا ایسی فائل جو اس نے کھول رکھی ہے)؛ کوئی اور نام چنیں</translation>
    </message>
    <message>
        <source>care needs are never part of a public export</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات کبھی عوامی برآمد کا حصہ نہیں ہوتیں</translation>
    </message>
    <message>
        <source>unknown kind %1 (assets, groups, needs, all or template)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نامعلوم قسم %1 (assets، groups، needs، all یا template)</translation>
    </message>
    <message>
        <source>a blank template is a spreadsheet: use .xlsx or .csv</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خالی سانچہ ایک اسپریڈشیٹ ہے: .xlsx یا .csv استعمال کریں</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فولڈر موجود نہیں ہے</translation>
    </message>
    <message>
        <source>the folder is read-only: choose another folder</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فولڈر صرف پڑھنے کے لیے ہے: کوئی اور فولڈر چنیں</translation>
    </message>
    <message>
        <source>cannot seal the care need field %1 without its record id</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضرورت کا خانہ %1 اس کے ریکارڈ کی شناخت کے بغیر مہر بند نہیں کیا جا سکتا</translation>
    </message>
    <message>
        <source>sheet %1 row %2 column %3</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شیٹ %1 قطار %2 کالم %3</translation>
    </message>
    <message>
        <source>line 2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سطر 2</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قطار %1، کالم %2</translation>
    </message>
    <message>
        <source>record %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ریکارڈ %1</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فیصلہ %1</translation>
    </message>
    <message>
        <source>care need %1, column %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضرورت %1، کالم %2</translation>
    </message>
    <message>
        <source>the file is damaged (%1); nothing was changed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فائل خراب ہے (%1)؛ کچھ تبدیل نہیں ہوا</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>GeoPackage for a coordinator or QGIS (*.gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوآرڈینیٹر یا QGIS کے لیے GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Excel ورک بک (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>Public web map, one file (*.html)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عوامی ویب نقشہ، ایک فائل (*.html)</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n اثاثہ</numerusform>
            <numerusform>%n اثاثے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n گروپ</numerusform>
            <numerusform>%n گروپ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n محلہ</numerusform>
            <numerusform>%n محلے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care need(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n نگہداشت کی ضرورت</numerusform>
            <numerusform>%n نگہداشت کی ضروریات</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کچھ نہیں</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 اور %2</translation>
    </message>
    <message>
        <source>in the folder %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فولڈر %1 میں</translation>
    </message>
    <message>
        <source>Saved the map of %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 کا نقشہ محفوظ ہو گیا</translation>
    </message>
    <message>
        <source>as %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بطور %1</translation>
    </message>
    <message>
        <source>It opens in any web browser, also without internet.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ کسی بھی ویب براؤزر میں کھلتا ہے، انٹرنیٹ کے بغیر بھی۔</translation>
    </message>
    <message>
        <source>Left out: assets not marked “May appear on public maps”, and every care need.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>چھوڑ دیا گیا: وہ اثاثے جن پر “عوامی نقشوں پر آ سکتا ہے” کا نشان نہیں، اور نگہداشت کی ہر ضرورت۔</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 محفوظ ہو گئے</translation>
    </message>
    <message>
        <source>records not marked “May appear on public maps”, the change history and every care need (this is a public file)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وہ ریکارڈ جن پر “عوامی نقشوں پر آ سکتا ہے” کا نشان نہیں، تبدیلیوں کا تاریخچہ اور نگہداشت کی ہر ضرورت (یہ ایک عوامی فائل ہے)</translation>
    </message>
    <message numerus="yes">
        <source>the %n care need(s): no coordinator key was chosen, so they stay on this laptop (choose your coordinator&apos;s .nmkey file to send them, locked)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n نگہداشت کی ضرورت: کوآرڈینیٹر کی کلید نہیں چنی گئی، اس لیے یہ اسی لیپ ٹاپ پر رہے گی (اسے مقفل بھیجنے کے لیے اپنے کوآرڈینیٹر کی ‎.nmkey‎ فائل چنیں)</numerusform>
            <numerusform>%n نگہداشت کی ضروریات: کوآرڈینیٹر کی کلید نہیں چنی گئی، اس لیے یہ اسی لیپ ٹاپ پر رہیں گی (انہیں مقفل بھیجنے کے لیے اپنے کوآرڈینیٹر کی ‎.nmkey‎ فائل چنیں)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n care need(s) are in it locked: only your coordinator can read them.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>اس میں %n نگہداشت کی ضرورت مقفل ہے: صرف آپ کا کوآرڈینیٹر اسے پڑھ سکتا ہے۔</numerusform>
            <numerusform>اس میں %n نگہداشت کی ضروریات مقفل ہیں: صرف آپ کا کوآرڈینیٹر انہیں پڑھ سکتا ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>چھوڑ دیا گیا: %1۔</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Record id (uuid)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ریکارڈ کی شناخت (uuid)</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Group type</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپ کی قسم</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عرض بلد</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>طول بلد</translation>
    </message>
    <message>
        <source>Easting</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ایسٹنگ</translation>
    </message>
    <message>
        <source>Northing</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نارتھنگ</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلہ</translation>
    </message>
    <message>
        <source>Neighbourhoods served</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جن محلوں کی خدمت ہوتی ہے</translation>
    </message>
    <message>
        <source>Opening times</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کھلنے کے اوقات</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <source>Charity number</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خیراتی ادارے کا نمبر</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رسائی</translation>
    </message>
    <message>
        <source>Cost</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لاگت</translation>
    </message>
    <message>
        <source>Audience</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کس کے لیے</translation>
    </message>
    <message>
        <source>Principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اصول</translation>
    </message>
    <message>
        <source>Run by (group)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>چلانے والا (گروپ)</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>May publish (yes/no)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شائع ہو سکتا ہے (yes/no)</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آخری بار جانچا گیا</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>درج کرنے والا</translation>
    </message>
    <message>
        <source>Boundary code</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حد بندی کا کوڈ</translation>
    </message>
    <message>
        <source>Population</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آبادی</translation>
    </message>
    <message>
        <source>Ward</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وارڈ</translation>
    </message>
    <message>
        <source>Base (the record as exported)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بنیاد (برآمد کے وقت کا ریکارڈ)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Importing</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>درآمد ہو رہی ہے</translation>
    </message>
    <message>
        <source>import the files</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فائلیں درآمد کرنا</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>برآمد ہو رہی ہے</translation>
    </message>
    <message>
        <source>export</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>برآمد کرنا</translation>
    </message>
    <message>
        <source>Exporting the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشہ برآمد ہو رہا ہے</translation>
    </message>
    <message>
        <source>export the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشہ برآمد کرنا</translation>
    </message>
    <message>
        <source>Merging</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ضم ہو رہا ہے</translation>
    </message>
    <message>
        <source>merge the files</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فائلیں ضم کرنا</translation>
    </message>
    <message>
        <source>Neighbourhood Mapper project (*.gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper منصوبہ (*.gpkg)</translation>
    </message>
    <message>
        <source>create the project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منصوبہ بنانا</translation>
    </message>
    <message>
        <source>Open project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منصوبہ کھولیں</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مکمل: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مکمل</translation>
    </message>
    <message>
        <source>Add a basemap</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بنیادی نقشہ شامل کریں</translation>
    </message>
    <message>
        <source>Map tiles (*.mbtiles)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشے کے ٹکڑے (*.mbtiles)</translation>
    </message>
    <message>
        <source>Basemap %1 added: choose it in the map&apos;s layer list.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بنیادی نقشہ %1 شامل ہو گیا: اسے نقشے کی پرتوں کی فہرست میں چنیں۔</translation>
    </message>
    <message>
        <source>Import records</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ریکارڈ درآمد کریں</translation>
    </message>
    <message>
        <source>Data files (*.gpkg *.xlsx *.csv *.geojson *.json)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ڈیٹا فائلیں (*.gpkg *.xlsx *.csv *.geojson *.json)</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: %2 شامل، %3 تازہ، %4 بغیر تبدیلی</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n قطار چھوڑی گئی</numerusform>
            <numerusform>%n قطاریں چھوڑی گئیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>اور %n مزید</numerusform>
            <numerusform>اور %n مزید</numerusform>
        </translation>
    </message>
    <message>
        <source>An import cannot be taken back with Ctrl+Z (the undo list starts again from here). Each record&apos;s History shows what the import changed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>درآمد کو Ctrl+Z سے واپس نہیں لیا جا سکتا (واپسی کی فہرست یہاں سے نئے سرے سے شروع ہوتی ہے)۔ ہر ریکارڈ کا تاریخچہ دکھاتا ہے کہ درآمد نے کیا بدلا۔</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>درآمد مکمل</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>برآمد</translation>
    </message>
    <message>
        <source>Is this export for the public (only records marked “May appear on public maps”, no care needs), or for your coordinator?</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کیا یہ برآمد عوام کے لیے ہے (صرف “عوامی نقشوں پر آ سکتا ہے” والے ریکارڈ، نگہداشت کی ضروریات نہیں)، یا آپ کے کوآرڈینیٹر کے لیے؟</translation>
    </message>
    <message>
        <source>Public</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عوامی</translation>
    </message>
    <message>
        <source>For my coordinator</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>میرے کوآرڈینیٹر کے لیے</translation>
    </message>
    <message>
        <source>Your coordinator&apos;s public key (Cancel: care needs stay on this laptop)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آپ کے کوآرڈینیٹر کی عوامی کلید (منسوخ: نگہداشت کی ضروریات اسی لیپ ٹاپ پر رہیں گی)</translation>
    </message>
    <message>
        <source>Coordinator public key (*.nmkey)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوآرڈینیٹر کی عوامی کلید (*.nmkey)</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>برآمد مکمل</translation>
    </message>
    <message>
        <source>Merge exports</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>برآمدات ضم کریں</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Merge every export in a folder</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فولڈر میں ہر برآمد ضم کریں</translation>
    </message>
    <message>
        <source>has no GeoPackage (.gpkg) exports to merge</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>میں ضم کرنے کے لیے کوئی GeoPackage (‎.gpkg‎) برآمدات نہیں</translation>
    </message>
    <message>
        <source>Merge finished</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ضم مکمل</translation>
    </message>
    <message>
        <source>Review now</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابھی جائزہ لیں</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>add the basemap</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بنیادی نقشہ شامل کریں</translation>
    </message>
    <message>
        <source>Created %1 with %2. Add an asset with Ctrl+N, or on the map with Ctrl+Shift+A.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 بنایا گیا، %2 کے ساتھ۔ Ctrl+N سے اثاثہ شامل کریں، یا نقشے پر Ctrl+Shift+A سے۔</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n محلہ</numerusform>
            <numerusform>%n محلے</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1, with no neighbourhoods yet (File → Import adds boundaries).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 بنایا گیا، ابھی کوئی محلہ نہیں (فائل ← درآمد حدود شامل کرتا ہے)۔</translation>
    </message>
    <message>
        <source>Creating the project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منصوبہ بنایا جا رہا ہے</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Neighbourhood Mapper</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper میں خوش آمدید</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خوش آمدید</translation>
    </message>
    <message>
        <source>Record the places, groups and help that make your neighbourhood strong. Everything stays on this computer until you choose to share it.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وہ جگہیں، گروپ اور مدد درج کریں جو آپ کے محلے کو مضبوط بناتے ہیں۔ سب کچھ اس کمپیوٹر پر رہتا ہے جب تک آپ اسے شیئر کرنے کا فیصلہ نہ کریں۔</translation>
    </message>
    <message>
        <source>Start mapping my neighbourhood…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اپنے محلے کا نقشہ بنانا شروع کریں…</translation>
    </message>
    <message>
        <source>Open a file I was given…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مجھے دی گئی فائل کھولیں…</translation>
    </message>
    <message>
        <source>Try the demo (made-up records: not for real work)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ڈیمو آزمائیں (فرضی ریکارڈ: اصل کام کے لیے نہیں)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آپ کا نام</translation>
    </message>
    <message>
        <source>Shown in each record&apos;s history, for example Sam at Hillside</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہر ریکارڈ کے تاریخچے میں دکھایا جاتا ہے، مثلاً Sam at Hillside</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آپ کا نام:</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شروع کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منسوخ</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نام</translation>
    </message>
    <message>
        <source>The group&apos;s name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپ کا نام</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <source>Charity number</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خیراتی ادارے کا نمبر</translation>
    </message>
    <message>
        <source>Neighbourhoods served</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جن محلوں کی خدمت ہوتی ہے</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آخری بار جانچا گیا</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Publish</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شائع کریں</translation>
    </message>
    <message>
        <source>May appear on public maps</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عوامی نقشوں پر آ سکتا ہے</translation>
    </message>
    <message>
        <source>Assets this group runs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثے جو یہ گروپ چلاتا ہے</translation>
    </message>
    <message>
        <source>Link the selected asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منتخب اثاثہ جوڑیں</translation>
    </message>
    <message>
        <source>Link the selected asset to this group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منتخب اثاثے کو اس گروپ سے جوڑیں</translation>
    </message>
    <message>
        <source>Pick an asset in the Assets list, then press this to record that this group runs it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثوں کی فہرست میں کوئی اثاثہ چنیں، پھر یہ دبائیں تاکہ درج ہو کہ یہ گروپ اسے چلاتا ہے</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>الگ کریں</translation>
    </message>
    <message>
        <source>Unlink the chosen asset from this group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>چنے گئے اثاثے کو اس گروپ سے الگ کریں</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>چلاتا ہے:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصاویر:</translation>
    </message>
    <message>
        <source>link “%1” to “%2”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>“%1” کو “%2” سے جوڑنا</translation>
    </message>
    <message>
        <source>Choose an asset in the Assets tab first, then come back and link it.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پہلے اثاثوں کے ٹیب میں کوئی اثاثہ چنیں، پھر واپس آ کر اسے جوڑیں۔</translation>
    </message>
    <message>
        <source>unlink “%1”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>“%1” کو الگ کرنا</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صارف رہنما</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صارف رہنما کا متن</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رہنما بند کریں</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>someone</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوئی</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 کا تاریخچہ</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to “%1”, newest first.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>“%1” میں %n تبدیلی، نئی پہلے۔</numerusform>
            <numerusform>“%1” میں %n تبدیلیاں، نئی پہلے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تبدیلیاں</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کب</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کون</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کیا</translation>
    </message>
    <message>
        <source>Was</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پہلے</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اب</translation>
    </message>
    <message>
        <source>How</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کیسے</translation>
    </message>
    <message>
        <source>Close history</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تاریخچہ بند کریں</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1 is not in the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 فہرست میں نہیں ہے</translation>
    </message>
    <message>
        <source>unknown principles %1 left out</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نامعلوم اصول %1 چھوڑ دیے گئے</translation>
    </message>
    <message>
        <source>NUL characters removed (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>NUL حروف ہٹا دیے گئے (%1)</translation>
    </message>
    <message>
        <source>has a latitude or a longitude but not both</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عرض بلد یا طول بلد ہے، دونوں نہیں</translation>
    </message>
    <message>
        <source>easting/northing %1 is not in the British National Grid</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ایسٹنگ/نارتھنگ %1 برٹش نیشنل گرڈ میں نہیں ہے</translation>
    </message>
    <message>
        <source>no coordinates and postcode %1 is not known; added without a place on the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوئی نقاط نہیں اور پوسٹ کوڈ %1 معلوم نہیں؛ نقشے پر جگہ کے بغیر شامل کیا گیا</translation>
    </message>
    <message>
        <source>no coordinates; added without a place on the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوئی نقاط نہیں؛ نقشے پر جگہ کے بغیر شامل کیا گیا</translation>
    </message>
    <message>
        <source>coordinates %1 are not a place on Earth</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقاط %1 زمین پر کوئی جگہ نہیں</translation>
    </message>
    <message>
        <source>latitude and longitude were swapped; corrected</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عرض بلد اور طول بلد الٹ تھے؛ درست کر دیے گئے</translation>
    </message>
    <message>
        <source>coordinates %1 are outside Great Britain; please check</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقاط %1 برطانیہ سے باہر ہیں؛ براہ کرم جانچ لیں</translation>
    </message>
    <message>
        <source>is a line; only points and polygons can be imported</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ ایک لکیر ہے؛ صرف نقاط اور کثیر الاضلاع درآمد ہو سکتے ہیں</translation>
    </message>
    <message>
        <source>has a geometry that cannot be repaired</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس کی جیومیٹری درست نہیں کی جا سکتی</translation>
    </message>
    <message>
        <source>category %1; recorded as &apos;other&apos;</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>زمرہ %1؛ &apos;other&apos; کے طور پر درج کیا گیا</translation>
    </message>
    <message>
        <source>kind %1; taken from the category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قسم %1؛ زمرے سے لی گئی</translation>
    </message>
    <message>
        <source>status %1 (active, temporarily_closed or closed)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حالت %1 (active، temporarily_closed یا closed)</translation>
    </message>
    <message>
        <source>run by %1: no single group has that name; left empty</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>چلانے والا %1: کسی ایک گروپ کا یہ نام نہیں؛ خالی چھوڑا گیا</translation>
    </message>
    <message>
        <source>neighbourhood %1 is not in this project; worked out from the place</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلہ %1 اس منصوبے میں نہیں؛ جگہ سے معلوم کیا گیا</translation>
    </message>
    <message>
        <source>group type %1; recorded as informal group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپ کی قسم %1؛ غیر رسمی گروپ کے طور پر درج</translation>
    </message>
    <message>
        <source>neighbourhood %1 is not in this project; left out</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلہ %1 اس منصوبے میں نہیں؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>is a Point, not a polygon</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ ایک نقطہ ہے، کثیر الاضلاع نہیں</translation>
    </message>
    <message>
        <source>has no boundary</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس کی کوئی حد نہیں</translation>
    </message>
    <message>
        <source>boundary was not valid; repaired</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حد درست نہیں تھی؛ ٹھیک کر دی گئی</translation>
    </message>
    <message>
        <source>is a %1, not a polygon</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ %1 ہے، کثیر الاضلاع نہیں</translation>
    </message>
    <message>
        <source>id %1 is not one of ours; treated as a new record</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شناخت %1 ہماری نہیں؛ نیا ریکارڈ سمجھا گیا</translation>
    </message>
    <message>
        <source>this record was deleted in the project; restore it there first</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ ریکارڈ منصوبے میں حذف کر دیا گیا تھا؛ پہلے وہاں بحال کریں</translation>
    </message>
    <message>
        <source>the same id appears twice in the file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ایک ہی شناخت فائل میں دو بار ہے</translation>
    </message>
    <message>
        <source>changed in the project since the export, kept for review: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>برآمد کے بعد منصوبے میں بدلا گیا، جائزے کے لیے رکھا گیا: %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قطار %1</translation>
    </message>
    <message>
        <source>NUL or other control characters removed (column %1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>NUL یا دوسرے کنٹرول حروف ہٹا دیے گئے (کالم %1)</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ ایک فولڈر ہے، فائل نہیں</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فائل خالی ہے</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Don&apos;t import</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>درآمد نہ کریں</translation>
    </message>
    <message>
        <source>areas on a map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشے پر علاقے</translation>
    </message>
    <message>
        <source>places on a map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشے پر جگہیں</translation>
    </message>
    <message>
        <source>lines (not imported)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لکیریں (درآمد نہیں ہوں گی)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 درآمد کریں</translation>
    </message>
    <message>
        <source>Sheet or layer to preview</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پیش منظر کے لیے شیٹ یا پرت</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n قطار</numerusform>
            <numerusform>%n قطاریں</numerusform>
        </translation>
    </message>
    <message>
        <source>first rows</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پہلی قطاریں</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پہلی قطاروں کا پیش منظر</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کالم %1 کے لیے خانہ</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(عنوان نہیں)</translation>
    </message>
    <message>
        <source>This file&apos;s columns are matched automatically.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس فائل کے کالم خود بخود ملائے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کالموں کا ملاپ</translation>
    </message>
    <message>
        <source>These are neighbourhood boundaries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ محلوں کی حدود ہیں</translation>
    </message>
    <message>
        <source>What will happen:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کیا ہوگا:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>انتباہات</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>درآمد کریں</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>درآمد منسوخ کریں</translation>
    </message>
    <message>
        <source>spreadsheet</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اسپریڈشیٹ</translation>
    </message>
    <message>
        <source>GeoPackage</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <source>GeoJSON file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>GeoJSON فائل</translation>
    </message>
    <message>
        <source>Neighbourhood Mapper file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper فائل</translation>
    </message>
    <message>
        <source>care-needs file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات کی فائل</translation>
    </message>
    <message>
        <source>%1: a %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: ایک %2</translation>
    </message>
    <message numerus="yes">
        <source>with %n sheet(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n شیٹ کے ساتھ</numerusform>
            <numerusform>%n شیٹس کے ساتھ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n layer(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n پرت کے ساتھ</numerusform>
            <numerusform>%n پرتوں کے ساتھ</numerusform>
        </translation>
    </message>
    <message>
        <source>— check which of its columns go where, then Import.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>— دیکھیں کہ اس کے کون سے کالم کہاں جاتے ہیں، پھر درآمد کریں۔</translation>
    </message>
    <message numerus="yes">
        <source>first %n shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>پہلی %n دکھائی گئی</numerusform>
            <numerusform>پہلی %n دکھائی گئیں</numerusform>
        </translation>
    </message>
    <message>
        <source>Coordinates: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقاط: %1</translation>
    </message>
    <message>
        <source>Nothing unusual found in the first rows.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پہلی قطاروں میں کچھ غیر معمولی نہیں ملا۔</translation>
    </message>
    <message>
        <source>import %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 درآمد کرنا</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>%1 is a coordinator&apos;s public key.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 کوآرڈینیٹر کی عوامی کلید ہے۔</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فنگر پرنٹ: %1</translation>
    </message>
    <message>
        <source>Check it with your coordinator by phone before you use it.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>استعمال سے پہلے اسے فون پر اپنے کوآرڈینیٹر سے جانچ لیں۔</translation>
    </message>
    <message>
        <source>To send your care needs sealed so only your coordinator can read them: open your project, choose File &gt; Export, answer “For my coordinator” and pick this file.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات مہر بند بھیجنے کے لیے تاکہ صرف آپ کا کوآرڈینیٹر انہیں پڑھ سکے: اپنا منصوبہ کھولیں، فائل &gt; برآمد چنیں، “میرے کوآرڈینیٹر کے لیے” جواب دیں اور یہ فائل چنیں۔</translation>
    </message>
    <message>
        <source>Coordinator key</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوآرڈینیٹر کی کلید</translation>
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
        <translation>نقشہ</translation>
    </message>
    <message>
        <source>Map of the assets. The Assets list holds the same records as text.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثوں کا نقشہ۔ اثاثوں کی فہرست میں یہی ریکارڈ متن کی صورت میں ہیں۔</translation>
    </message>
    <message>
        <source>Record lists</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ریکارڈ کی فہرستیں</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;اثاثے</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;گروپ</translation>
    </message>
    <message>
        <source>Care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات</translation>
    </message>
    <message>
        <source>&amp;Care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;نگہداشت کی ضروریات</translation>
    </message>
    <message>
        <source>Scroll tabs left</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ٹیبز بائیں سرکائیں</translation>
    </message>
    <message>
        <source>Scroll tabs right</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ٹیبز دائیں سرکائیں</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>Choose a record in the list or on the map, or add one with
Ctrl+N (new asset) or Ctrl+Shift+N (new group).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فہرست یا نقشے میں کوئی ریکارڈ چنیں، یا نیا شامل کریں
Ctrl+N (نیا اثاثہ) یا Ctrl+Shift+N (نیا گروپ) سے۔</translation>
    </message>
    <message>
        <source>Record panel</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ریکارڈ کا پینل</translation>
    </message>
    <message>
        <source>Open a project to begin</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شروع کرنے کے لیے کوئی منصوبہ کھولیں</translation>
    </message>
    <message>
        <source>Care needs appear here once the privacy module is installed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رازداری کا ماڈیول نصب ہونے پر نگہداشت کی ضروریات یہاں نظر آئیں گی۔</translation>
    </message>
    <message>
        <source>open %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 کھولنا</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 کھل رہا ہے</translation>
    </message>
    <message>
        <source>%1 — DEMO (made-up records) — %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 — ڈیمو (فرضی ریکارڈ) — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n اثاثہ</numerusform>
            <numerusform>%n اثاثے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n گروپ</numerusform>
            <numerusform>%n گروپ</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1: %2, %3. Every change is saved at once.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 کھل گیا: %2، %3۔ ہر تبدیلی فوراً محفوظ ہوتی ہے۔</translation>
    </message>
    <message>
        <source>All neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تمام محلے</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 (صرف پڑھنے کے لیے)</translation>
    </message>
    <message>
        <source>Opened %1 read-only: %2, %3. Nothing can be changed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 صرف پڑھنے کے لیے کھولی گئی: %2، %3۔ کچھ بدلا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>Another window or program changed this file; the lists and the map now show its changes (%1).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کسی اور ونڈو یا پروگرام نے یہ فائل بدلی؛ فہرستیں اور نقشہ اب اس کی تبدیلیاں دکھاتے ہیں (%1)۔</translation>
    </message>
    <message>
        <source>Status message</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حالت کا پیغام</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Community assets map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کمیونٹی اثاثوں کا نقشہ</translation>
    </message>
    <message>
        <source>Community assets map (not for publication)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کمیونٹی اثاثوں کا نقشہ (اشاعت کے لیے نہیں)</translation>
    </message>
    <message>
        <source>Unlock care needs to see counts.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گنتی دیکھنے کے لیے نگہداشت کی ضروریات کھولیں۔</translation>
    </message>
    <message>
        <source>Set a care-needs passphrase and unlock care needs to see counts.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گنتی دیکھنے کے لیے نگہداشت کی ضروریات کا پاس فریز مقرر کریں اور انہیں کھولیں۔</translation>
    </message>
    <message>
        <source>fewer than 10*</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>10 سے کم*</translation>
    </message>
    <message>
        <source>100 or more</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>100 یا زیادہ</translation>
    </message>
    <message>
        <source>Counts cannot be shown: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گنتی نہیں دکھائی جا سکتی: %1</translation>
    </message>
    <message>
        <source>All care needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تمام نگہداشت کی ضروریات</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلے</translation>
    </message>
    <message>
        <source>Neighbourhood names</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلوں کے نام</translation>
    </message>
    <message>
        <source>Wards</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وارڈز</translation>
    </message>
    <message>
        <source>Assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثے</translation>
    </message>
    <message>
        <source>Care needs (counts)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات (گنتی)</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کھلنے کے اوقات</translation>
    </message>
    <message>
        <source>Cost</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لاگت</translation>
    </message>
    <message>
        <source>For</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کس کے لیے</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <source>Assets by kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثے قسم کے لحاظ سے</translation>
    </message>
    <message>
        <source>Several assets (click to zoom)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کئی اثاثے (قریب سے دیکھنے کے لیے کلک کریں)</translation>
    </message>
    <message>
        <source>Care needs (published counts)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات (شائع شدہ گنتی)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Care need category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضرورت کا زمرہ</translation>
    </message>
    <message>
        <source>Counts could not be loaded.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گنتی لوڈ نہیں ہو سکی۔</translation>
    </message>
    <message>
        <source>Neighbourhood Mapper: public map of community assets (no basemap).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper: کمیونٹی اثاثوں کا عوامی نقشہ (بنیادی نقشے کے بغیر)۔</translation>
    </message>
    <message>
        <source>No basemap: to add one, choose File → Add basemap and pick an .mbtiles file.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوئی بنیادی نقشہ نہیں: شامل کرنے کے لیے فائل ← بنیادی نقشہ شامل کریں منتخب کریں اور ‎.mbtiles‎ فائل چنیں۔</translation>
    </message>
    <message>
        <source>Shading (indicator)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رنگ بندی (اشاریہ)</translation>
    </message>
    <message>
        <source>Shade neighbourhoods by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلوں کو اس سے رنگیں</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اشاریہ</translation>
    </message>
    <message>
        <source>Layers</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پرتیں</translation>
    </message>
    <message>
        <source>No asset near the centre of the map. Move the map with the arrow keys.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشے کے مرکز کے قریب کوئی اثاثہ نہیں۔ تیر والی کلیدوں سے نقشہ ہلائیں۔</translation>
    </message>
    <message>
        <source>%1 assets here: zoomed in.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہاں %1 اثاثے: قریب سے دکھایا گیا۔</translation>
    </message>
    <message>
        <source>%1: details open. Escape closes them.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: تفصیلات کھلی ہیں۔ Escape انہیں بند کرتا ہے۔</translation>
    </message>
    <message>
        <source>Map. Arrow keys move it, plus and minus zoom, Enter opens the asset nearest the centre.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشہ۔ تیر والی کلیدیں اسے ہلاتی ہیں، جمع اور منفی زوم کرتے ہیں، Enter مرکز کے قریب ترین اثاثہ کھولتا ہے۔</translation>
    </message>
    <message>
        <source>Asset details</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثے کی تفصیلات</translation>
    </message>
    <message>
        <source>About this map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس نقشے کے بارے میں</translation>
    </message>
    <message>
        <source>No basemap</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوئی بنیادی نقشہ نہیں</translation>
    </message>
</context>
<context>
    <name>MapPlaceholder</name>
    <message>
        <source>The map is not available in this build.
Use a postcode to place assets.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس ورژن میں نقشہ دستیاب نہیں۔
اثاثے رکھنے کے لیے پوسٹ کوڈ استعمال کریں۔</translation>
    </message>
    <message>
        <source>Map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشہ</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>Map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشہ</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;New project…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;نیا منصوبہ…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;منصوبہ کھولیں…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;درآمد…</translation>
    </message>
    <message>
        <source>Add records from files</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فائلوں سے ریکارڈ شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;برآمد…</translation>
    </message>
    <message>
        <source>Export this project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ منصوبہ برآمد کریں</translation>
    </message>
    <message>
        <source>Add &amp;basemap…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;بنیادی نقشہ شامل کریں…</translation>
    </message>
    <message>
        <source>Show a map picture (.mbtiles file) under the assets, offline</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثوں کے نیچے نقشے کی تصویر (‎.mbtiles‎ فائل) دکھائیں، آف لائن</translation>
    </message>
    <message>
        <source>&amp;Merge exports…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;برآمدات ضم کریں…</translation>
    </message>
    <message>
        <source>Merge other mappers&apos; exports into this project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دوسرے نقشہ سازوں کی برآمدات اس منصوبے میں ضم کریں</translation>
    </message>
    <message>
        <source>Merge a &amp;folder of exports…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;برآمدات کا فولڈر ضم کریں…</translation>
    </message>
    <message>
        <source>Merge every GeoPackage export in a folder</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فولڈر میں ہر GeoPackage برآمد ضم کریں</translation>
    </message>
    <message>
        <source>&amp;Review merged changes…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;ضم شدہ تبدیلیوں کا جائزہ…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;بند کریں</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;واپس کریں</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <source>New &amp;asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;نیا اثاثہ</translation>
    </message>
    <message>
        <source>Add an asset (place it later, by postcode, or not at all)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثہ شامل کریں (بعد میں، پوسٹ کوڈ سے، یا بالکل نہ رکھیں)</translation>
    </message>
    <message>
        <source>Add asset on &amp;map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;نقشے پر اثاثہ شامل کریں</translation>
    </message>
    <message>
        <source>Then click the map where the asset is</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پھر نقشے پر وہاں کلک کریں جہاں اثاثہ ہے</translation>
    </message>
    <message>
        <source>New &amp;group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;نیا گروپ</translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;ریکارڈ حذف کریں</translation>
    </message>
    <message>
        <source>Delete this record (Ctrl+Z brings it back)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ ریکارڈ حذف کریں (Ctrl+Z اسے واپس لاتا ہے)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;تلاش</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فہرست میں تلاش کریں</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;تاریخچہ…</translation>
    </message>
    <message>
        <source>Who changed this record and when</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ ریکارڈ کس نے اور کب بدلا</translation>
    </message>
    <message>
        <source>Pick &amp;neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;محلہ چنیں</translation>
    </message>
    <message>
        <source>Neighbourhood &amp;profile…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلے کا &amp;خاکہ…</translation>
    </message>
    <message>
        <source>Assets, groups, gaps and checks for a neighbourhood, ward or district</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کسی محلے، وارڈ یا ضلع کے اثاثے، گروپ، کمیاں اور جانچ</translation>
    </message>
    <message>
        <source>Show &amp;log file location</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;لاگ فائل کا مقام دکھائیں</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;صارف رہنما</translation>
    </message>
    <message>
        <source>How to map, export and merge</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشہ بنانے، برآمد اور ضم کرنے کا طریقہ</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;ترتیبات…</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ونڈو کی زبان</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;فائل</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;حالیہ کھولیں</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;ترمیم</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;ریکارڈ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;مدد</translation>
    </message>
    <message>
        <source>Main tools</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اہم اوزار</translation>
    </message>
    <message>
        <source>Neighbourhood:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلہ:</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلہ</translation>
    </message>
    <message>
        <source>Show only this neighbourhood everywhere (Ctrl+L)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہر جگہ صرف یہ محلہ دکھائیں (Ctrl+L)</translation>
    </message>
    <message>
        <source>Record tools</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ریکارڈ کے اوزار</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>واپس کریں: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>واپس کرنے کو کچھ نہیں</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دوبارہ کریں: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دوبارہ کرنے کو کچھ نہیں</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوئی حالیہ منصوبہ نہیں</translation>
    </message>
    <message>
        <source>Log file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لاگ فائل</translation>
    </message>
    <message>
        <source>Unexpected errors are written to
%1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>غیر متوقع خرابیاں یہاں لکھی جاتی ہیں
%1</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>%1 added, %2 updated, %3 deleted, %4 restored</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 شامل، %2 تازہ، %3 حذف، %4 بحال</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n تصادم</numerusform>
            <numerusform>%n تصادمات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n ممکنہ دہرا اندراج</numerusform>
            <numerusform>%n ممکنہ دہرے اندراجات</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 to review</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جائزے کے لیے %1 اور %2</translation>
    </message>
    <message numerus="yes">
        <source>merged %n file(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n فائل ضم کی گئی</numerusform>
            <numerusform>%n فائلیں ضم کی گئیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n file(s) already merged</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>پہلے سے ضم شدہ %n فائل چھوڑ دی گئی</numerusform>
            <numerusform>پہلے سے ضم شدہ %n فائلیں چھوڑ دی گئیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not merge %n file(s):</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n فائل ضم نہیں ہو سکی:</numerusform>
            <numerusform>%n فائلیں ضم نہیں ہو سکیں:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نیا منصوبہ</translation>
    </message>
    <message>
        <source>A project is one file on this computer. Choose where it goes and the neighbourhoods it starts with: assets are given the neighbourhood they are in, and a place outside all of them is questioned before it is saved.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منصوبہ اس کمپیوٹر پر ایک فائل ہے۔ چنیں کہ یہ کہاں جائے اور کن محلوں سے شروع ہو: ہر اثاثے کو وہ محلہ ملتا ہے جس میں وہ ہے، اور سب سے باہر کی جگہ کے بارے میں محفوظ کرنے سے پہلے پوچھا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Project file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منصوبے کی فائل</translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;منصوبے کی فائل:</translation>
    </message>
    <message>
        <source>Choose &amp;where…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;جگہ چنیں…</translation>
    </message>
    <message>
        <source>Choose where the project file goes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>چنیں کہ منصوبے کی فائل کہاں جائے</translation>
    </message>
    <message>
        <source>Neighbourhoods to start with</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شروع کے محلے</translation>
    </message>
    <message>
        <source>Sheffield: 147 neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شیفیلڈ: 147 محلے</translation>
    </message>
    <message>
        <source>Sheffield: 28 council wards</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شیفیلڈ: کونسل کے 28 وارڈ</translation>
    </message>
    <message>
        <source>South Yorkshire: 4 districts</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جنوبی یارکشائر: 4 اضلاع</translation>
    </message>
    <message>
        <source>Boundaries from a file of my own</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>میری اپنی فائل سے حدود</translation>
    </message>
    <message>
        <source>None for now (File → Import adds them later)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابھی کوئی نہیں (فائل ← درآمد انہیں بعد میں شامل کرتا ہے)</translation>
    </message>
    <message>
        <source>Barnsley, Doncaster, Rotherham and Sheffield</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بارنزلی، ڈونکاسٹر، رودرہیم اور شیفیلڈ</translation>
    </message>
    <message>
        <source>A .geojson or .gpkg file of areas, for example from your council</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>علاقوں کی ‎.geojson یا ‎.gpkg فائل، مثلاً آپ کی کونسل سے</translation>
    </message>
    <message>
        <source>Boundaries file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حدود کی فائل</translation>
    </message>
    <message>
        <source>The file with your neighbourhoods&apos; shapes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وہ فائل جس میں آپ کے محلوں کی شکلیں ہیں</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;فائل چنیں…</translation>
    </message>
    <message>
        <source>Choose the boundaries file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حدود کی فائل چنیں</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مسئلہ</translation>
    </message>
    <message>
        <source>Create project</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منصوبہ بنائیں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Neighbourhood Mapper project (*.gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper منصوبہ (*.gpkg)</translation>
    </message>
    <message>
        <source>Boundaries (*.geojson *.json *.gpkg)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حدود (*.geojson *.json *.gpkg)</translation>
    </message>
    <message>
        <source>Give the project file a name.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منصوبے کی فائل کو نام دیں۔</translation>
    </message>
    <message>
        <source>There is already a file with that name there: choose another name (nothing is ever written over).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وہاں اس نام کی فائل پہلے سے ہے: کوئی اور نام چنیں (کسی چیز کے اوپر کبھی نہیں لکھا جاتا)۔</translation>
    </message>
    <message>
        <source>That folder does not exist: choose where the project goes.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ فولڈر موجود نہیں: چنیں کہ منصوبہ کہاں جائے۔</translation>
    </message>
    <message>
        <source>Choose the file with your boundaries, or another choice.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اپنی حدود والی فائل چنیں، یا کوئی اور انتخاب۔</translation>
    </message>
    <message>
        <source>The boundaries file was not found: choose it again.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حدود کی فائل نہیں ملی: اسے دوبارہ چنیں۔</translation>
    </message>
    <message>
        <source>South Yorkshire: 91 council wards</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جنوبی یارکشائر: کونسل کے 91 وارڈ</translation>
    </message>
    <message>
        <source>Sheffield&apos;s wards as drawn in 2016, the other districts&apos; as in 2013</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شیفیلڈ کے وارڈ جیسے 2016 میں بنائے گئے، باقی اضلاع کے جیسے 2013 میں</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>%1: progress</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: پیش رفت</translation>
    </message>
    <message>
        <source>%1… %2 of %3</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1… %3 میں سے %2</translation>
    </message>
    <message>
        <source>%1…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>the task was cancelled</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کام منسوخ کر دیا گیا</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photos</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصاویر</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصویر شامل کریں…</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصویر شامل کریں</translation>
    </message>
    <message>
        <source>Choose a photo, or drop image files on this area</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوئی تصویر چنیں، یا تصویری فائلیں اس جگہ چھوڑیں</translation>
    </message>
    <message>
        <source>Drop photos here to add them</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شامل کرنے کے لیے تصاویر یہاں چھوڑیں</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصویر %1</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصاویر شامل کریں</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصاویر (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Enlarge…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بڑا کریں…</translation>
    </message>
    <message>
        <source>Enlarge photo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصویر بڑی کریں</translation>
    </message>
    <message>
        <source>Show the chosen photo large, with its caption (Enter)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منتخب تصویر بڑی، اس کے کیپشن کے ساتھ دکھائیں (Enter)</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصویر ہٹائیں</translation>
    </message>
    <message>
        <source>Remove the chosen photo (Delete; Ctrl+Z brings it back)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منتخب تصویر ہٹائیں (Delete؛ Ctrl+Z اسے واپس لاتا ہے)</translation>
    </message>
    <message>
        <source>Photo removed. Ctrl+Z brings it back.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصویر ہٹا دی گئی۔ Ctrl+Z اسے واپس لاتا ہے۔</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصویر %1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کیپشن</translation>
    </message>
    <message>
        <source>What the photo shows (no one&apos;s name without their consent)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصویر میں کیا ہے (کسی کا نام اس کی رضامندی کے بغیر نہیں)</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;کیپشن:</translation>
    </message>
    <message>
        <source>File:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فائل:</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>rows will be imported as groups</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قطاریں گروپ کے طور پر درآمد ہوں گی</translation>
    </message>
    <message>
        <source>only one coordinate column (latitude/longitude or easting/northing) is mapped: rows with coordinates will be skipped</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صرف ایک نقاط کا کالم (عرض/طول بلد یا ایسٹنگ/نارتھنگ) جوڑا گیا ہے: نقاط والی قطاریں چھوڑ دی جائیں گی</translation>
    </message>
    <message>
        <source>no coordinates: rows will be placed by postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقاط نہیں: قطاریں پوسٹ کوڈ سے رکھی جائیں گی</translation>
    </message>
    <message>
        <source>no coordinates or postcode: rows will be added without a place on the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نہ نقاط نہ پوسٹ کوڈ: قطاریں نقشے پر جگہ کے بغیر شامل ہوں گی</translation>
    </message>
    <message>
        <source>Easting/Northing (British National Grid) will be converted to latitude/longitude</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ایسٹنگ/نارتھنگ (برٹش نیشنل گرڈ) عرض/طول بلد میں بدلے جائیں گے</translation>
    </message>
    <message>
        <source>the latitude/longitude columns hold British National Grid metres: they will be converted</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عرض/طول بلد کے کالموں میں برٹش نیشنل گرڈ کے میٹر ہیں: انہیں بدل دیا جائے گا</translation>
    </message>
    <message>
        <source>holds no polygons: its features will be skipped (only polygons are boundaries)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس میں کوئی کثیر الاضلاع نہیں: اس کے عناصر چھوڑ دیے جائیں گے (صرف کثیر الاضلاع حدود ہیں)</translation>
    </message>
    <message>
        <source>holds polygons: each becomes an asset at a point inside it, unless they are neighbourhood boundaries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس میں کثیر الاضلاع ہیں: ہر ایک اپنے اندر کسی نقطے پر اثاثہ بنے گا، جب تک کہ یہ محلوں کی حدود نہ ہوں</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Care needs are encrypted with a passphrase you choose now. The passphrase is never stored anywhere: if it is lost, the care needs in this project cannot be recovered by anyone, including us. Write it down and keep it somewhere safe, away from this laptop.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات اس پاس فریز سے خفیہ کی جاتی ہیں جو آپ ابھی چنیں گے۔ پاس فریز کہیں محفوظ نہیں کیا جاتا: اگر یہ کھو گیا تو اس منصوبے کی نگہداشت کی ضروریات کوئی بھی، ہم بھی، واپس نہیں لا سکتا۔ اسے لکھ لیں اور اس لیپ ٹاپ سے دور کسی محفوظ جگہ رکھیں۔</translation>
    </message>
    <message>
        <source>care needs are locked; unlock them with the project passphrase first</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات مقفل ہیں؛ پہلے منصوبے کے پاس فریز سے کھولیں</translation>
    </message>
    <message>
        <source>the passphrase must be at least %1 characters long</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پاس فریز کم از کم %1 حروف کا ہونا چاہیے</translation>
    </message>
    <message>
        <source>already has a care-needs passphrase</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پہلے سے نگہداشت کی ضروریات کا پاس فریز موجود ہے</translation>
    </message>
    <message>
        <source>the care-needs settings in this file are damaged</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس فائل میں نگہداشت کی ضروریات کی ترتیبات خراب ہیں</translation>
    </message>
    <message>
        <source>the care-needs passphrase is wrong</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات کا پاس فریز غلط ہے</translation>
    </message>
    <message>
        <source>has no care-needs passphrase yet; set one first</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابھی نگہداشت کی ضروریات کا پاس فریز نہیں؛ پہلے مقرر کریں</translation>
    </message>
    <message>
        <source>care needs are locked; give the passphrase (--passphrase-file)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات مقفل ہیں؛ پاس فریز دیں (‎--passphrase-file‎)</translation>
    </message>
    <message>
        <source>a sealed care-need value is damaged</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضرورت کی ایک مہربند قدر خراب ہے</translation>
    </message>
    <message>
        <source>this care need was sealed to another coordinator&apos;s key; it cannot be opened here</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ نگہداشت کی ضرورت کسی دوسرے کوآرڈینیٹر کی کلید سے مہربند ہے؛ یہاں نہیں کھل سکتی</translation>
    </message>
    <message>
        <source>a care need&apos;s %1 does not open: the file was changed or damaged</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضرورت کا %1 نہیں کھلتا: فائل بدلی گئی یا خراب ہے</translation>
    </message>
    <message>
        <source>a care need&apos;s %1 does not open with this project&apos;s passphrase (sealed by another project, or damaged)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضرورت کا %1 اس منصوبے کے پاس فریز سے نہیں کھلتا (کسی دوسرے منصوبے نے مہربند کیا، یا خراب ہے)</translation>
    </message>
    <message>
        <source>this care need was sealed to the coordinator&apos;s key; only the coordinator can open it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ نگہداشت کی ضرورت کوآرڈینیٹر کی کلید سے مہربند ہے؛ صرف کوآرڈینیٹر اسے کھول سکتا ہے</translation>
    </message>
    <message>
        <source>the passphrase is wrong</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پاس فریز غلط ہے</translation>
    </message>
    <message>
        <source>care needs are locked; unlock them to export them for the coordinator</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات مقفل ہیں؛ کوآرڈینیٹر کے لیے برآمد کرنے کو انہیں کھولیں</translation>
    </message>
    <message>
        <source>already has coordinator keys; replacing them would lose access to care needs sealed to the old key</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پہلے سے کوآرڈینیٹر کی کلیدیں موجود ہیں؛ انہیں بدلنے سے پرانی کلید سے مہربند ضروریات تک رسائی ختم ہو جائے گی</translation>
    </message>
    <message>
        <source>has no coordinator keys yet; make them first</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابھی کوآرڈینیٹر کی کلیدیں نہیں؛ پہلے انہیں بنائیں</translation>
    </message>
    <message>
        <source>coordinator key file not found</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوآرڈینیٹر کی کلید والی فائل نہیں ملی</translation>
    </message>
    <message>
        <source>cannot read the coordinator key file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوآرڈینیٹر کی کلید والی فائل پڑھی نہیں جا سکتی</translation>
    </message>
    <message>
        <source>is not a Neighbourhood Mapper coordinator public key file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper کوآرڈینیٹر کی عوامی کلید والی فائل نہیں ہے</translation>
    </message>
    <message>
        <source>the coordinator key in this file is damaged</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس فائل میں کوآرڈینیٹر کی کلید خراب ہے</translation>
    </message>
    <message>
        <source>care needs are only stored encrypted: give a passphrase (--passphrase-file)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات صرف خفیہ شکل میں محفوظ ہوتی ہیں: پاس فریز دیں (--passphrase-file)</translation>
    </message>
    <message>
        <source>another program has the project open, so care needs written before the passphrase may still be readable in its -wal file; close it and set the passphrase again</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کسی دوسرے پروگرام نے منصوبہ کھول رکھا ہے، اس لیے پاس فریز سے پہلے لکھی گئی ضروریات اس کی ‎-wal فائل میں اب بھی پڑھی جا سکتی ہیں؛ اسے بند کریں اور پاس فریز دوبارہ مقرر کریں</translation>
    </message>
    <message>
        <source>care needs are only stored encrypted: set a care-needs passphrase first</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات صرف خفیہ شکل میں محفوظ ہوتی ہیں: پہلے نگہداشت کی ضروریات کا پاس فریز مقرر کریں</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Neighbourhood profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلے کا خاکہ</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;علاقہ:</translation>
    </message>
    <message>
        <source>Area</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>علاقہ</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ضلع: %1</translation>
    </message>
    <message>
        <source>Ward: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وارڈ: %1</translation>
    </message>
    <message>
        <source>The whole map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پورا نقشہ</translation>
    </message>
    <message>
        <source>%1: %2 and %3.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: %2 اور %3۔</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n اثاثہ</numerusform>
            <numerusform>%n اثاثے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n گروپ</numerusform>
            <numerusform>%n گروپ</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets by kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثے قسم کے لحاظ سے</translation>
    </message>
    <message>
        <source>Assets by principle</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثے اصول کے لحاظ سے</translation>
    </message>
    <message>
        <source>Open when</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کب کھلا ہے</translation>
    </message>
    <message>
        <source>Monday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پیر</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منگل</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بدھ</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جمعرات</translation>
    </message>
    <message>
        <source>Friday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جمعہ</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اتوار</translation>
    </message>
    <message>
        <source>Assets open each day</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہر دن کھلے اثاثے</translation>
    </message>
    <message>
        <source>%1 give days and hours; %2 give their opening times in words.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 دن اور اوقات بتاتے ہیں؛ %2 اپنے کھلنے کے اوقات الفاظ میں بتاتے ہیں۔</translation>
    </message>
    <message>
        <source>%1: none recorded</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: کوئی درج نہیں</translation>
    </message>
    <message>
        <source>%1: fewer than half the city&apos;s average</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: شہر کی اوسط کے آدھے سے کم</translation>
    </message>
    <message>
        <source>Gaps against the city</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شہر کے مقابلے میں کمیاں</translation>
    </message>
    <message>
        <source>No gaps against the city.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شہر کے مقابلے میں کوئی کمی نہیں۔</translation>
    </message>
    <message>
        <source>Changed in the last %1 days (%2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پچھلے %1 دنوں میں بدلے گئے (%2)</translation>
    </message>
    <message>
        <source>%1 (changed %2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 (%2 کو بدلا گیا)</translation>
    </message>
    <message>
        <source>Nothing changed recently.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حال ہی میں کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>never</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <source>Not checked for 12 months (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>12 مہینوں سے جانچ نہیں ہوئی (%1)</translation>
    </message>
    <message>
        <source>%1 (last checked %2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 (آخری جانچ %2)</translation>
    </message>
    <message>
        <source>Every asset was checked in the last 12 months.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہر اثاثے کی پچھلے 12 مہینوں میں جانچ ہوئی۔</translation>
    </message>
    <message>
        <source>Groups (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپ (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No groups serve this area yet.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابھی کوئی گروپ اس علاقے میں خدمت نہیں کرتا۔</translation>
    </message>
    <message>
        <source>Care needs (private: coordinator only)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضروریات (نجی: صرف کوآرڈینیٹر)</translation>
    </message>
    <message>
        <source>Unlock care needs to see their counts here.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہاں ان کی تعداد دیکھنے کے لیے نگہداشت کی ضروریات کھولیں۔</translation>
    </message>
    <message>
        <source>Care needs recorded (suppressed counts)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>درج شدہ نگہداشت کی ضروریات (دبائی گئی تعداد)</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>All neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تمام محلے</translation>
    </message>
    <message>
        <source>All needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تمام ضروریات</translation>
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
        <translation>تفصیلات دکھائیں...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تفصیلات چھپائیں...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رد کریں</translation>
    </message>
    <message>
        <source>Apply</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <source>Reset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دوبارہ ترتیب دیں</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مدد</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;ہاں</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;نہیں</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Not saved. Fix it, or press Esc to put back the saved value.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محفوظ نہیں ہوا۔ اسے درست کریں، یا محفوظ قدر واپس لانے کے لیے Esc دبائیں۔</translation>
    </message>
    <message>
        <source>%1: problem</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: مسئلہ</translation>
    </message>
    <message>
        <source>%1:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The new asset was not saved</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نیا اثاثہ محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <source>The new group was not saved</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نیا گروپ محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <source>Not saved in “%1”: %2. Open it again to fix it; what you typed is still there.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>“%1” میں محفوظ نہیں ہوا: %2۔ درست کرنے کے لیے اسے دوبارہ کھولیں؛ آپ کا لکھا ہوا ابھی موجود ہے۔</translation>
    </message>
    <message>
        <source>the record</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>New asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نیا اثاثہ</translation>
    </message>
    <message>
        <source>New group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نیا گروپ</translation>
    </message>
    <message>
        <source>Give the asset a name and it is saved at once. Every change after that is saved as you leave the field (Ctrl+Z undoes it).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثے کو نام دیں اور یہ فوراً محفوظ ہو جاتا ہے۔ اس کے بعد ہر تبدیلی خانہ چھوڑتے ہی محفوظ ہوتی ہے (Ctrl+Z اسے واپس کرتا ہے)۔</translation>
    </message>
    <message>
        <source>Give the group a name and it is saved at once. Every change after that is saved as you leave the field (Ctrl+Z undoes it).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپ کو نام دیں اور یہ فوراً محفوظ ہو جاتا ہے۔ اس کے بعد ہر تبدیلی خانہ چھوڑتے ہی محفوظ ہوتی ہے (Ctrl+Z اسے واپس کرتا ہے)۔</translation>
    </message>
    <message>
        <source>Unnamed asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بے نام اثاثہ</translation>
    </message>
    <message>
        <source>Unnamed group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بے نام گروپ</translation>
    </message>
    <message>
        <source>Saved. Changes are saved as you leave each field.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محفوظ ہو گیا۔ ہر خانہ چھوڑتے ہی تبدیلیاں محفوظ ہوتی ہیں۔</translation>
    </message>
    <message>
        <source>change %1 of “%2”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>“%2” کا %1 بدلنا</translation>
    </message>
    <message>
        <source>Give the record a name first; then add photos.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پہلے ریکارڈ کو نام دیں؛ پھر تصاویر شامل کریں۔</translation>
    </message>
    <message>
        <source>add the photo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصویر شامل کرنا</translation>
    </message>
    <message>
        <source>Read-only file: this record can be read here, not changed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صرف پڑھنے والی فائل: یہ ریکارڈ یہاں پڑھا جا سکتا ہے، بدلا نہیں جا سکتا۔</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Search assets (name, description, address, postcode)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثوں میں تلاش (نام، تفصیل، پتہ، پوسٹ کوڈ)</translation>
    </message>
    <message>
        <source>Search groups (name, description, address, postcode)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپوں میں تلاش (نام، تفصیل، پتہ، پوسٹ کوڈ)</translation>
    </message>
    <message>
        <source>Search assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثوں میں تلاش</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپوں میں تلاش</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تلاش صاف کریں</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قسم کے لحاظ سے چھانٹیں</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوئی بھی قسم</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>زمرے کے لحاظ سے چھانٹیں</translation>
    </message>
    <message>
        <source>Any category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوئی بھی زمرہ</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کیفیت کے لحاظ سے چھانٹیں</translation>
    </message>
    <message>
        <source>Any status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوئی بھی کیفیت</translation>
    </message>
    <message>
        <source>Not checked for a year</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ایک سال سے نہیں جانچا گیا</translation>
    </message>
    <message>
        <source>Only records not checked for 12 months</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صرف وہ ریکارڈ جو 12 ماہ سے نہیں جانچے گئے</translation>
    </message>
    <message>
        <source>Number of assets shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دکھائے گئے اثاثوں کی تعداد</translation>
    </message>
    <message>
        <source>Number of groups shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دکھائے گئے گروپوں کی تعداد</translation>
    </message>
    <message>
        <source>Assets list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثوں کی فہرست</translation>
    </message>
    <message>
        <source>Groups list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپوں کی فہرست</translation>
    </message>
    <message>
        <source>Assets column headings</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثوں کے کالم کے عنوانات</translation>
    </message>
    <message>
        <source>Groups column headings</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپوں کے کالم کے عنوانات</translation>
    </message>
    <message>
        <source>Assets rows</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثوں کی قطاریں</translation>
    </message>
    <message>
        <source>Groups rows</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپوں کی قطاریں</translation>
    </message>
    <message>
        <source>Select all assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تمام اثاثے منتخب کریں</translation>
    </message>
    <message>
        <source>Select all groups</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تمام گروپ منتخب کریں</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n اثاثہ</numerusform>
            <numerusform>%n اثاثے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n گروپ</numerusform>
            <numerusform>%n گروپ</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the filters</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>چھانٹی دکھائیں</translation>
    </message>
    <message numerus="yes">
        <source>Filters (%n on)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>چھانٹی (%n فعال)</numerusform>
            <numerusform>چھانٹی (%n فعال)</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>چھانٹی</translation>
    </message>
    <message>
        <source>Hide the filters</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>چھانٹی چھپائیں</translation>
    </message>
    <message numerus="yes">
        <source>%n or more asset(s) shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n یا زیادہ اثاثے</numerusform>
            <numerusform>%n یا زیادہ اثاثے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n or more group(s) shown</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n یا زیادہ گروپ</numerusform>
            <numerusform>%n یا زیادہ گروپ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نام</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلہ</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آخری بار جانچا گیا</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قسم</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Selected asset: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منتخب اثاثہ: %1</translation>
    </message>
    <message>
        <source>Outside every neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہر محلے سے باہر</translation>
    </message>
    <message>
        <source>“%1” is placed outside all %2 neighbourhoods of this project. Is that the right place?</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>“%1” اس منصوبے کے تمام %2 محلوں سے باہر رکھا گیا ہے۔ کیا یہ صحیح جگہ ہے؟</translation>
    </message>
    <message>
        <source>Yes, save it here</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہاں، یہیں محفوظ کریں</translation>
    </message>
    <message>
        <source>No, let me place it again</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نہیں، مجھے دوبارہ رکھنے دیں</translation>
    </message>
    <message>
        <source>Not saved yet: click the map or find a postcode to place it.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابھی محفوظ نہیں: رکھنے کے لیے نقشے پر کلک کریں یا پوسٹ کوڈ تلاش کریں۔</translation>
    </message>
    <message>
        <source>A similar asset is nearby</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قریب ہی ایک ملتا جلتا اثاثہ ہے</translation>
    </message>
    <message>
        <source>“%1” is %2 m away. Is “%3” a different asset?</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>“%1” %2 میٹر دور ہے۔ کیا “%3” کوئی الگ اثاثہ ہے؟</translation>
    </message>
    <message>
        <source>Add it anyway</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پھر بھی شامل کریں</translation>
    </message>
    <message>
        <source>Show the existing one</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>موجودہ دکھائیں</translation>
    </message>
    <message>
        <source>The new record was not saved.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نیا ریکارڈ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Deleted “%1”. Ctrl+Z brings it back.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>“%1” حذف ہو گیا۔ Ctrl+Z اسے واپس لاتا ہے۔</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 پر محفوظ ہوا</translation>
    </message>
    <message>
        <source>move “%1”</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>“%1” کو منتقل کرنا</translation>
    </message>
    <message>
        <source>Click the map where the new asset is (Esc or Ctrl+Shift+A to stop).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشے پر وہاں کلک کریں جہاں نیا اثاثہ ہے (روکنے کے لیے Esc یا Ctrl+Shift+A)۔</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>(empty)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>(%1 bytes, sealed or geometry)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(%1 بائٹس، مہر بند یا جیومیٹری)</translation>
    </message>
    <message>
        <source>you (this map)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آپ (یہ نقشہ)</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوئی دوسرا لیپ ٹاپ</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review merged changes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ضم شدہ تبدیلیوں کا جائزہ</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصادمات</translation>
    </message>
    <message>
        <source>Conflict details</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصادم کی تفصیلات</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قدر</translation>
    </message>
    <message>
        <source>Who wrote it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کس نے لکھا</translation>
    </message>
    <message>
        <source>Before both edits</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دونوں ترامیم سے پہلے</translation>
    </message>
    <message>
        <source>In the map now</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اب نقشے میں</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نہیں رکھی گئی</translation>
    </message>
    <message>
        <source>Keep the value in the map now</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشے میں موجود قدر رکھیں</translation>
    </message>
    <message>
        <source>Use the value not kept</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نہ رکھی گئی قدر استعمال کریں</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ترمیم…</translation>
    </message>
    <message>
        <source>Restore the record</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ریکارڈ بحال کریں</translation>
    </message>
    <message>
        <source>Select all from this file</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس فائل سے سب منتخب کریں</translation>
    </message>
    <message>
        <source>Select all of this field</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس خانے کے سب منتخب کریں</translation>
    </message>
    <message>
        <source>Possible duplicates list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ممکنہ دہرے اندراجات کی فہرست</translation>
    </message>
    <message>
        <source>Pair details</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جوڑے کی تفصیلات</translation>
    </message>
    <message>
        <source>Field</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خانہ</translation>
    </message>
    <message>
        <source>Record A (kept)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ریکارڈ A (رکھا گیا)</translation>
    </message>
    <message>
        <source>Record B</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ریکارڈ B</translation>
    </message>
    <message>
        <source>Merge (keep A, B is replaced by A)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ضم کریں (A رکھیں، B کی جگہ A)</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ایک جیسے نہیں</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ممکنہ دہرے اندراجات</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>واپس کریں</translation>
    </message>
    <message>
        <source>Redo</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Scroll tabs left</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ٹیبز بائیں سرکائیں</translation>
    </message>
    <message>
        <source>Scroll tabs right</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ٹیبز دائیں سرکائیں</translation>
    </message>
    <message>
        <source>%1 edited after the record was deleted</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ریکارڈ حذف ہونے کے بعد %1 میں ترمیم ہوئی</translation>
    </message>
    <message>
        <source>asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثہ</translation>
    </message>
    <message>
        <source>group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپ</translation>
    </message>
    <message>
        <source>neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلہ</translation>
    </message>
    <message>
        <source>care need</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضرورت</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تصادمات (%1)</translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ممکنہ دہرے اندراجات (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n تصادم</numerusform>
            <numerusform>%n تصادمات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n ممکنہ دہرا اندراج</numerusform>
            <numerusform>%n ممکنہ دہرے اندراجات</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” (deleted)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>“%1” (حذف شدہ)</translation>
    </message>
    <message>
        <source>record deleted</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ریکارڈ حذف ہو گیا</translation>
    </message>
    <message>
        <source>as this map last had it</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جیسے اس نقشے میں آخری بار تھی</translation>
    </message>
    <message numerus="yes">
        <source>resolve %n conflict(s) (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n تصادم حل کرنا (%1)</numerusform>
            <numerusform>%n تصادمات حل کرنا (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit value</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قدر میں ترمیم</translation>
    </message>
    <message>
        <source>merge duplicate pair</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دہرا جوڑا ضم کرنا</translation>
    </message>
    <message>
        <source>not the same</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ایک جیسے نہیں</translation>
    </message>
    <message>
        <source>locked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>sealed to another key</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کسی دوسری کلید سے مہربند</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>زبان</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سسٹم کی طے شدہ (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>A new language applies at once: the window opens again in it, on the same project. Everything you entered is already saved; only Undo starts afresh. Names and other recorded text stay exactly as they were typed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نئی زبان فوراً لاگو ہوتی ہے: ونڈو اسی منصوبے پر اس زبان میں دوبارہ کھلتی ہے۔ آپ کا درج کیا ہوا سب کچھ پہلے ہی محفوظ ہے؛ صرف واپس کرنا (Undo) نئے سرے سے شروع ہوتا ہے۔ نام اور دیگر درج شدہ متن بالکل ویسے ہی رہتے ہیں جیسے لکھے گئے تھے۔</translation>
    </message>
</context>
<context>
    <name>Shading</name>
    <message>
        <source>All assets (per neighbourhood)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تمام اثاثے (فی محلہ)</translation>
    </message>
    <message>
        <source>Share not checked for 12 months (%)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>12 مہینوں سے بغیر جانچ کا حصہ (%)</translation>
    </message>
    <message>
        <source>Gaps against the city (kinds missing)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شہر کے مقابلے میں کمیاں (غائب اقسام)</translation>
    </message>
    <message>
        <source>Assets: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثے: %1</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 یا زیادہ</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>Map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشہ</translation>
    </message>
    <message>
        <source>List of assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثوں کی فہرست</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلے</translation>
    </message>
    <message>
        <source>About and credits</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تعارف اور اعترافات</translation>
    </message>
    <message>
        <source>Skip to main content</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مرکزی مواد پر جائیں</translation>
    </message>
    <message>
        <source>Site</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سائٹ</translation>
    </message>
    <message>
        <source>Open data: boundaries © Data For Action (CC BY 4.0) and © OpenStreetMap contributors (ODbL); wards and postcodes contain OS data © Crown copyright and database right.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کھلا ڈیٹا: حدود © Data For Action (CC BY 4.0) اور © OpenStreetMap contributors (ODbL)؛ وارڈز اور پوسٹ کوڈز میں OS data © Crown copyright and database right شامل ہے۔</translation>
    </message>
    <message>
        <source>All credits and licences</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تمام اعترافات اور لائسنس</translation>
    </message>
    <message>
        <source>Neighbourhood boundaries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلوں کی حدود</translation>
    </message>
    <message>
        <source>Ward boundaries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وارڈ کی حدود</translation>
    </message>
    <message>
        <source>Postcode search</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پوسٹ کوڈ تلاش</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کتب خانے</translation>
    </message>
    <message>
        <source>Map software</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشے کا سافٹ ویئر</translation>
    </message>
    <message>
        <source>see web/*/LICENSE</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>web/*/LICENSE دیکھیں</translation>
    </message>
    <message>
        <source>Boundaries © Data For Action, © OpenStreetMap contributors</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حدود © Data For Action، © OpenStreetMap contributors</translation>
    </message>
    <message>
        <source>%1 assets: zoom in</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 اثاثے: قریب کریں</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(بے نام)</translation>
    </message>
    <message>
        <source>%1 m away</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 میٹر دور</translation>
    </message>
    <message>
        <source>principle %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اصول %1</translation>
    </message>
    <message>
        <source>Postcode %1 is not known here.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پوسٹ کوڈ %1 یہاں معلوم نہیں۔</translation>
    </message>
    <message>
        <source>Nearest assets to %1%2: %3 shown.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1%2 کے قریب ترین اثاثے: %3 دکھائے گئے۔</translation>
    </message>
    <message>
        <source>%1 assets match “%2”%3; the first 20 are listed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 اثاثے “%2”%3 سے ملتے ہیں؛ پہلے 20 درج ہیں۔</translation>
    </message>
    <message>
        <source>%1 assets match “%2”%3.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 اثاثے “%2”%3 سے ملتے ہیں۔</translation>
    </message>
    <message>
        <source>%1 assets on the map%2.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشے پر %1 اثاثے%2۔</translation>
    </message>
    <message>
        <source>The map data could not be loaded (%1).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشے کا ڈیٹا لوڈ نہیں ہو سکا (%1)۔</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صفحہ %1 از %2</translation>
    </message>
    <message>
        <source>%1 assets, page %2 of %3</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 اثاثے، صفحہ %2 از %3</translation>
    </message>
    <message>
        <source>Assets nearest to %1%2, nearest first.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1%2 کے قریب ترین اثاثے، قریب ترین پہلے۔</translation>
    </message>
    <message>
        <source>%1 assets%2.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 اثاثے%2۔</translation>
    </message>
    <message>
        <source>The list could not be loaded (%1).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فہرست لوڈ نہیں ہو سکی (%1)۔</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تمام اقسام</translation>
    </message>
    <message>
        <source>All principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تمام اصول</translation>
    </message>
    <message>
        <source>Find assets on the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فہرست میں اثاثے تلاش کریں</translation>
    </message>
    <message>
        <source>Find assets on the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشے پر اثاثے تلاش کریں</translation>
    </message>
    <message>
        <source>Search by name, category or postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نام، زمرے یا پوسٹ کوڈ سے تلاش کریں</translation>
    </message>
    <message>
        <source>For example: library, coffee morning or S10 1TD</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مثال کے طور پر: library، coffee morning یا S10 1TD</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>All categories</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تمام زمرے</translation>
    </message>
    <message>
        <source>Principle</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اصول</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تلاش</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>صاف کریں</translation>
    </message>
    <message>
        <source>No shading</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کوئی رنگ نہیں</translation>
    </message>
    <message>
        <source>Places, groups and help in your neighbourhood, recorded by Citizen Mappers.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آپ کے محلے کی جگہیں، گروپ اور مدد، جنہیں Citizen Mappers نے درج کیا۔</translation>
    </message>
    <message>
        <source>Map of assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثوں کا نقشہ</translation>
    </message>
    <message>
        <source>Results</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نتائج</translation>
    </message>
    <message>
        <source>Use the arrow keys to move the map and + or - to zoom once the map has focus. Every asset is also in the list of assets.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشے پر توجہ ہو تو اسے ہلانے کے لیے تیر والی کلیدیں اور قریب یا دور کرنے کے لیے + یا - استعمال کریں۔ ہر اثاثہ اثاثوں کی فہرست میں بھی ہے۔</translation>
    </message>
    <message>
        <source>Shade neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلوں کو رنگیں</translation>
    </message>
    <message>
        <source>Shade neighbourhoods by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلوں کو اس لحاظ سے رنگیں</translation>
    </message>
    <message>
        <source>Every published asset, in name order. Search and filter as on the map; each name opens the asset&apos;s page.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہر شائع شدہ اثاثہ، نام کی ترتیب سے۔ نقشے کی طرح تلاش اور چھانٹی کریں؛ ہر نام اثاثے کا صفحہ کھولتا ہے۔</translation>
    </message>
    <message>
        <source>Assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثے</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نام</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلہ</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>Pages of the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فہرست کے صفحات</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پچھلا صفحہ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اگلا صفحہ</translation>
    </message>
    <message>
        <source>The list needs JavaScript; every asset also has its own page, linked from the neighbourhood profiles.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فہرست کو JavaScript درکار ہے؛ ہر اثاثے کا اپنا صفحہ بھی ہے، جس کا ربط محلوں کے خاکوں میں ہے۔</translation>
    </message>
    <message>
        <source>About this map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس نقشے کے بارے میں</translation>
    </message>
    <message>
        <source>Neighbourhoods of Care maps what helps people look after each other: shared spaces, groups and activities, shared skills and resources, everyday help and services. Citizen Mappers record them; a coordinator checks them and publishes only what each asset has agreed may be published.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhoods of Care اس کا نقشہ بناتا ہے جو لوگوں کو ایک دوسرے کا خیال رکھنے میں مدد دیتا ہے: مشترکہ جگہیں، گروپ اور سرگرمیاں، مشترکہ ہنر اور وسائل، روزمرہ مدد اور خدمات۔ Citizen Mappers انہیں درج کرتے ہیں؛ ایک کوآرڈینیٹر ان کی جانچ کرتا ہے اور صرف وہی شائع کرتا ہے جس کی ہر اثاثے نے اجازت دی ہو۔</translation>
    </message>
    <message>
        <source>Nothing personal is published: no care needs, and no mapper&apos;s name.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کچھ بھی ذاتی شائع نہیں ہوتا: نہ نگہداشت کی ضروریات، نہ کسی نقشہ ساز کا نام۔</translation>
    </message>
    <message>
        <source>The kinds of asset</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثوں کی اقسام</translation>
    </message>
    <message>
        <source>Neighbourhoods of Care principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhoods of Care کے اصول</translation>
    </message>
    <message>
        <source>Credits and licences</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اعترافات اور لائسنس</translation>
    </message>
    <message>
        <source>Open data and software used by this site</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس سائٹ میں استعمال ہونے والا کھلا ڈیٹا اور سافٹ ویئر</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کیا</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>Licence</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لائسنس</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>انتساب</translation>
    </message>
    <message>
        <source>The same assets are also published as Open Referral UK data, for service directories and social-prescribing platforms.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہی اثاثے خدمات کی ڈائریکٹریوں اور سماجی نسخہ نویسی کے پلیٹ فارمز کے لیے Open Referral UK ڈیٹا کے طور پر بھی شائع ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>Profile of the whole map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پورے نقشے کا خاکہ</translation>
    </message>
    <message>
        <source>(every neighbourhood together)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>(تمام محلے ایک ساتھ)</translation>
    </message>
    <message>
        <source>Neighbourhoods without a ward</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بغیر وارڈ کے محلے</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>About</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تعارف</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کھلنے کے اوقات</translation>
    </message>
    <message>
        <source>Cost</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لاگت</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ کس کے لیے ہے</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رسائی</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <source>Principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اصول</translation>
    </message>
    <message>
        <source>Run by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>چلانے والا</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آخری جانچ</translation>
    </message>
    <message>
        <source>Map showing where it is</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشہ جو دکھاتا ہے کہ یہ کہاں ہے</translation>
    </message>
    <message>
        <source>Back to the map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نقشے پر واپس</translation>
    </message>
    <message>
        <source>Ward</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وارڈ</translation>
    </message>
    <message>
        <source>District</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ضلع</translation>
    </message>
    <message>
        <source>%1 profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 کا خاکہ</translation>
    </message>
    <message>
        <source>Neighbourhood profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلے کا خاکہ</translation>
    </message>
    <message>
        <source>Ward profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وارڈ کا خاکہ</translation>
    </message>
    <message>
        <source>District profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ضلع کا خاکہ</translation>
    </message>
    <message>
        <source>Monday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پیر</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>منگل</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بدھ</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جمعرات</translation>
    </message>
    <message>
        <source>Friday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جمعہ</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اتوار</translation>
    </message>
    <message>
        <source>changed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تبدیل</translation>
    </message>
    <message>
        <source>last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آخری جانچ</translation>
    </message>
    <message>
        <source>%1 published assets and %2 groups.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 شائع شدہ اثاثے اور %2 گروپ۔</translation>
    </message>
    <message>
        <source>Assets by kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قسم کے لحاظ سے اثاثے</translation>
    </message>
    <message>
        <source>Assets by Neighbourhoods of Care principle</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhoods of Care کے اصول کے لحاظ سے اثاثے</translation>
    </message>
    <message>
        <source>Assets by principle (an asset can support several)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اصول کے لحاظ سے اثاثے (ایک اثاثہ کئی اصولوں کی مدد کر سکتا ہے)</translation>
    </message>
    <message>
        <source>Opening times of %1 assets could be read as days and hours; %2 give them in words (see each asset&apos;s page).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 اثاثوں کے کھلنے کے اوقات دنوں اور گھنٹوں کے طور پر پڑھے جا سکے؛ %2 انہیں الفاظ میں بتاتے ہیں (ہر اثاثے کا صفحہ دیکھیں)۔</translation>
    </message>
    <message>
        <source>Open when</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کب کھلا ہے</translation>
    </message>
    <message>
        <source>Assets open on each day of the week</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہفتے کے ہر دن کھلے اثاثے</translation>
    </message>
    <message>
        <source>Day</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دن</translation>
    </message>
    <message>
        <source>Assets open</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کھلے اثاثے</translation>
    </message>
    <message>
        <source>%1: none recorded</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: کوئی درج نہیں</translation>
    </message>
    <message>
        <source>%1: fewer than half the city&apos;s average</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1: شہر کی اوسط کے نصف سے کم</translation>
    </message>
    <message>
        <source>No gaps against the city: every kind of asset is recorded here at least at half the city&apos;s rate.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شہر کے مقابلے میں کوئی کمی نہیں: یہاں ہر قسم کا اثاثہ کم از کم شہر کی شرح کے نصف پر درج ہے۔</translation>
    </message>
    <message>
        <source>Gaps against the city</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شہر کے مقابلے میں کمیاں</translation>
    </message>
    <message>
        <source>Changed in the last %1 days (%2)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پچھلے %1 دنوں میں تبدیل (%2)</translation>
    </message>
    <message>
        <source>Nothing changed recently.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حال میں کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Not checked for 12 months (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>12 ماہ سے جانچ نہیں ہوئی (%1)</translation>
    </message>
    <message>
        <source>Every asset has been checked in the last 12 months.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہر اثاثے کی پچھلے 12 ماہ میں جانچ ہوئی ہے۔</translation>
    </message>
    <message>
        <source>Groups serving this area</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس علاقے کی خدمت کرنے والے گروپ</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپ</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قسم</translation>
    </message>
    <message>
        <source>No published groups serve this area yet.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابھی کوئی شائع شدہ گروپ اس علاقے کی خدمت نہیں کرتا۔</translation>
    </message>
    <message>
        <source>Groups (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپ (%1)</translation>
    </message>
    <message>
        <source>Neighbourhoods in this area</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس علاقے کے محلے</translation>
    </message>
    <message>
        <source>Wards</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وارڈز</translation>
    </message>
    <message>
        <source>%1 ward</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 وارڈ</translation>
    </message>
    <message>
        <source>and %1 more.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اور %1 مزید۔</translation>
    </message>
    <message>
        <source>Part of</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حصہ ہے</translation>
    </message>
    <message>
        <source>Print this profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ خاکہ چھاپیں</translation>
    </message>
    <message>
        <source>The list of assets shows the same as a table.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثوں کی فہرست یہی کچھ جدول کی صورت میں دکھاتی ہے۔</translation>
    </message>
    <message>
        <source>The whole map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پورا نقشہ</translation>
    </message>
    <message>
        <source>never</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <source>Neighbourhoods of Care: community assets</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhoods of Care: برادری کے اثاثے</translation>
    </message>
    <message>
        <source>District boundaries; Barnsley, Doncaster and Rotherham ward boundaries (2013)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اضلاع کی حدود؛ بارنزلی، ڈونکاسٹر اور روتھرہم کے وارڈز کی حدود (2013)</translation>
    </message>
    <message>
        <source>Service types in the Open Referral UK data</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Open Referral UK ڈیٹا میں خدمات کی اقسام</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پورا نقشہ</translation>
    </message>
    <message>
        <source>Whole map profile</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پورے نقشے کا خاکہ</translation>
    </message>
    <message>
        <source>Districts</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اضلاع</translation>
    </message>
</context>
<context>
    <name>Smoke</name>
    <message>
        <source>smoke test passed: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اسموک ٹیسٹ کامیاب: %1</translation>
    </message>
    <message>
        <source>smoke test FAILED: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اسموک ٹیسٹ ناکام: %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n تبدیلی بھیجی گئی</numerusform>
            <numerusform>%n تبدیلیاں بھیجی گئیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>%n موصول ہوئی</numerusform>
            <numerusform>%n موصول ہوئیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>
            <numerusform>جائزے کے لیے %n تصادم</numerusform>
            <numerusform>جائزے کے لیے %n تصادمات</numerusform>
        </translation>
    </message>
    <message>
        <source>synced with %1: %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 کے ساتھ ہم آہنگ کیا گیا: %2</translation>
    </message>
    <message>
        <source>sync cancelled; what was already sent or received is complete, the rest follows next time</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہم آہنگی منسوخ؛ جو پہلے بھیجا یا موصول ہو چکا وہ مکمل ہے، باقی اگلی بار</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہم &amp;آہنگ کریں…</translation>
    </message>
    <message>
        <source>Send your changes to the shared folder or central map and get everyone else&apos;s</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اپنی تبدیلیاں مشترکہ فولڈر یا مرکزی نقشے کو بھیجیں اور باقی سب کی حاصل کریں</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آخری ہم آہنگی</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آخری ہم آہنگی: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابھی ہم آہنگ نہیں کیا گیا</translation>
    </message>
    <message>
        <source>Sync with</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہم آہنگی کس کے ساتھ</translation>
    </message>
    <message>
        <source>A shared folder (for example on a USB stick or OneDrive), or the central map&apos;s server (postgresql://user@host/db or a service name). No password here: see the README.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ایک مشترکہ فولڈر (مثلاً USB اسٹک یا OneDrive پر)، یا مرکزی نقشے کا سرور (postgresql://user@host/db یا سروس کا نام)۔ یہاں پاس ورڈ نہیں: README دیکھیں۔</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہم آہنگی ہو رہی ہے</translation>
    </message>
    <message>
        <source>cannot reach the central map (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مرکزی نقشے تک رسائی نہیں ہو سکی (%1)</translation>
    </message>
    <message>
        <source>this server has no published view (run &apos;mapper server init&apos; first)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس سرور پر کوئی شائع شدہ منظر نہیں (پہلے &apos;mapper server init&apos; چلائیں)</translation>
    </message>
    <message>
        <source>no sync target yet: give a folder or a postgresql:// address once</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ابھی ہم آہنگی کا کوئی ہدف نہیں: ایک بار فولڈر یا postgresql:// پتا دیں</translation>
    </message>
    <message>
        <source>the sync folder is not there (plug in the stick or connect the drive)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہم آہنگی کا فولڈر موجود نہیں (اسٹک لگائیں یا ڈرائیو جوڑیں)</translation>
    </message>
    <message>
        <source>cannot set up the schema (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اسکیما ترتیب نہیں دیا جا سکا (%1)</translation>
    </message>
    <message>
        <source>cannot connect to the server (%1)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سرور سے رابطہ نہیں ہو سکا (%1)</translation>
    </message>
    <message>
        <source>a password must not be part of the target; put it in ~/.pgpass, a libpq service file or PGPASSWORD (see the README)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پاس ورڈ ہدف کا حصہ نہیں ہونا چاہیے؛ اسے ~/.pgpass، libpq سروس فائل یا PGPASSWORD میں رکھیں (README دیکھیں)</translation>
    </message>
    <message>
        <source>the server has no Neighbourhood Mapper schema yet; run: mapper server init DSN</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سرور پر ابھی Neighbourhood Mapper کا اسکیما نہیں؛ چلائیں: mapper server init DSN</translation>
    </message>
    <message>
        <source>the server kept changing while this laptop synced; try again in a minute</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس لیپ ٹاپ کی ہم آہنگی کے دوران سرور بدلتا رہا؛ ایک منٹ بعد دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>sync</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہم آہنگ کریں</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is %1 characters long; the most allowed is %2</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>%1 حروف لمبا ہے؛ زیادہ سے زیادہ %2 کی اجازت ہے</translation>
    </message>
    <message>
        <source>should be a date like 2025-03-31</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تاریخ ہونی چاہیے، جیسے 2025-03-31</translation>
    </message>
    <message>
        <source>should be a longitude and latitude</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>طول بلد اور عرض بلد ہونا چاہیے</translation>
    </message>
    <message>
        <source>is not a place on Earth (longitude -180..180, latitude -90..90)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>زمین پر کوئی جگہ نہیں (طول بلد ‎-180..180‎، عرض بلد ‎-90..90‎)</translation>
    </message>
    <message>
        <source>Please give the asset a name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>براہ کرم اثاثے کو نام دیں</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of asset; choose one from the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&apos;%1&apos; اثاثے کی کوئی قسم نہیں؛ فہرست میں سے چنیں</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category; choose one from the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&apos;%1&apos; کوئی زمرہ نہیں؛ فہرست میں سے چنیں</translation>
    </message>
    <message>
        <source>should be active, temporarily closed or closed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فعال، عارضی طور پر بند یا بند ہونا چاہیے</translation>
    </message>
    <message>
        <source>unknown principle %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نامعلوم اصول %1</translation>
    </message>
    <message>
        <source>does not look like a UK postcode (for example S1 2BJ)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>برطانیہ کا پوسٹ کوڈ نہیں لگتا (مثلاً ⁨S1 2BJ⁩)</translation>
    </message>
    <message>
        <source>does not look like a web address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ویب پتہ نہیں لگتا</translation>
    </message>
    <message>
        <source>does not look like an email address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ای میل پتہ نہیں لگتا</translation>
    </message>
    <message>
        <source>Please give the group a name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>براہ کرم گروپ کو نام دیں</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a type of group; choose one from the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>&apos;%1&apos; گروپ کی کوئی قسم نہیں؛ فہرست میں سے چنیں</translation>
    </message>
    <message>
        <source>Consent must be recorded (who recorded it and when) before a care need is saved</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کی ضرورت محفوظ کرنے سے پہلے رضامندی درج ہونی چاہیے (کس نے اور کب درج کی)</translation>
    </message>
    <message>
        <source>Choose at least one need</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کم از کم ایک ضرورت چنیں</translation>
    </message>
    <message>
        <source>choose an age band from the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فہرست میں سے عمر کا گروپ چنیں</translation>
    </message>
    <message>
        <source>should be low, medium or high</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کم، درمیانی یا زیادہ ہونا چاہیے</translation>
    </message>
    <message>
        <source>should be open, connected, met or closed</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کھلی، رابطہ شدہ، پوری شدہ یا بند ہونا چاہیے</translation>
    </message>
    <message>
        <source>Please do not write a postcode or address in the notes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>براہ کرم نوٹس میں پوسٹ کوڈ یا پتہ نہ لکھیں</translation>
    </message>
    <message>
        <source>A neighbourhood needs a name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلے کا نام ہونا چاہیے</translation>
    </message>
    <message>
        <source>unknown need category (use the codes or names from the list)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نامعلوم ضرورت کا زمرہ (فہرست کے کوڈ یا نام استعمال کریں)</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Deleted</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حذف شدہ</translation>
    </message>
    <message>
        <source>Location</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>May appear on public maps</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عوامی نقشوں پر آ سکتا ہے</translation>
    </message>
    <message>
        <source>Run by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>چلانے والا</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>آخری بار جانچا گیا</translation>
    </message>
    <message>
        <source>Opening times</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کھلنے کے اوقات</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ کس کے لیے ہے</translation>
    </message>
    <message>
        <source>Group type</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپ کی قسم</translation>
    </message>
    <message>
        <source>Charity number</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>خیراتی ادارے کا نمبر</translation>
    </message>
    <message>
        <source>Age band</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عمر کا گروپ</translation>
    </message>
    <message>
        <source>Is a carer</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نگہداشت کرنے والا ہے</translation>
    </message>
    <message>
        <source>Roughly where</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تقریباً کہاں</translation>
    </message>
    <message>
        <source>Consent given to</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رضامندی کس کو دی</translation>
    </message>
    <message>
        <source>Consent given at</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رضامندی کب دی</translation>
    </message>
    <message>
        <source>Consent for</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رضامندی کس لیے</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>درج کرنے والا</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلے</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <source>Cost</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لاگت</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رسائی</translation>
    </message>
    <message>
        <source>Principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اصول</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلہ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فوریت</translation>
    </message>
    <message>
        <source>Needs</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ضروریات</translation>
    </message>
    <message>
        <source>deleted</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>حذف شدہ</translation>
    </message>
    <message>
        <source>restored</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>بحال شدہ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>a record no longer here</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ایک ریکارڈ جو اب یہاں نہیں</translation>
    </message>
    <message>
        <source>Neighbourhood chosen by hand</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلہ ہاتھ سے چنا گیا</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>The record&apos;s id. Leave empty for new rows; keep it to update a record.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ریکارڈ کی شناخت۔ نئی قطاروں کے لیے خالی چھوڑیں؛ ریکارڈ تازہ کرنے کے لیے اسے رکھیں۔</translation>
    </message>
    <message>
        <source>Name of the asset (required).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثے کا نام (لازمی)۔</translation>
    </message>
    <message>
        <source>Kind of asset: one of the kinds listed below.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اثاثے کی قسم: نیچے دی گئی اقسام میں سے ایک۔</translation>
    </message>
    <message>
        <source>Category: one of the categories listed below.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>زمرہ: نیچے دیے گئے زمروں میں سے ایک۔</translation>
    </message>
    <message>
        <source>What happens there, in plain words.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وہاں کیا ہوتا ہے، سادہ الفاظ میں۔</translation>
    </message>
    <message>
        <source>Latitude in decimal degrees (WGS84), e.g. 53.3811. Leave empty to use the postcode.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عرض بلد اعشاری درجوں میں (WGS84)، مثلاً 53.3811۔ پوسٹ کوڈ استعمال کرنے کے لیے خالی چھوڑیں۔</translation>
    </message>
    <message>
        <source>Longitude in decimal degrees (WGS84), e.g. -1.4701.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>طول بلد اعشاری درجوں میں (WGS84)، مثلاً ‎-1.4701‎۔</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گلی کا پتہ۔</translation>
    </message>
    <message>
        <source>UK postcode, e.g. S1 2BJ (places the row when there are no coordinates).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>برطانیہ کا پوسٹ کوڈ، مثلاً ⁨S1 2BJ⁩ (جب نقاط نہ ہوں تو قطار کو نقشے پر رکھتا ہے)۔</translation>
    </message>
    <message>
        <source>Neighbourhood name (worked out from the location when empty).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>محلے کا نام (خالی ہو تو مقام سے معلوم کیا جاتا ہے)۔</translation>
    </message>
    <message>
        <source>When it is open or meets.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ کب کھلتا ہے یا ملاقات ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Public contact phone number.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عوامی رابطہ فون نمبر۔</translation>
    </message>
    <message>
        <source>Public contact email.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عوامی رابطہ ای میل۔</translation>
    </message>
    <message>
        <source>Web address.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ویب پتہ۔</translation>
    </message>
    <message>
        <source>Step-free access, hearing loop, toilets...</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>سیڑھی کے بغیر رسائی، سماعتی لوپ، بیت الخلا...</translation>
    </message>
    <message>
        <source>Free, donation, price...</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مفت، عطیہ، قیمت...</translation>
    </message>
    <message>
        <source>Who it is for.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ کس کے لیے ہے۔</translation>
    </message>
    <message>
        <source>Principles it shows, separated by &apos;;&apos; (see the list below).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ کن اصولوں کو ظاہر کرتا ہے، &apos;;&apos; سے الگ کیے ہوئے (نیچے فہرست دیکھیں)۔</translation>
    </message>
    <message>
        <source>Name (or id) of the group that runs it, from the Groups sheet.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اسے چلانے والے گروپ کا نام (یا شناخت)، Groups شیٹ سے۔</translation>
    </message>
    <message>
        <source>active, temporarily_closed or closed.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>active، temporarily_closed یا closed۔</translation>
    </message>
    <message>
        <source>yes if this may appear on public maps, otherwise no.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اگر یہ عوامی نقشوں پر آ سکتا ہے تو yes، ورنہ no۔</translation>
    </message>
    <message>
        <source>Date the details were last checked.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>وہ تاریخ جب تفصیلات آخری بار جانچی گئیں۔</translation>
    </message>
    <message>
        <source>Who recorded it.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کس نے درج کیا۔</translation>
    </message>
    <message>
        <source>Name of the group or organisation (required).</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپ یا تنظیم کا نام (لازمی)۔</translation>
    </message>
    <message>
        <source>Type of group: one of the types listed below.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپ کی قسم: نیچے دی گئی اقسام میں سے ایک۔</translation>
    </message>
    <message>
        <source>What the group does.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپ کیا کرتا ہے۔</translation>
    </message>
    <message>
        <source>Registered charity number, if any.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>رجسٹرڈ خیراتی ادارے کا نمبر، اگر ہو۔</translation>
    </message>
    <message>
        <source>Neighbourhoods served, names separated by &apos;;&apos;.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جن محلوں کی خدمت ہوتی ہے، نام &apos;;&apos; سے الگ۔</translation>
    </message>
    <message>
        <source>Choose from the list</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>فہرست میں سے چنیں</translation>
    </message>
    <message>
        <source>Please choose a value from the list.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>براہ کرم فہرست میں سے کوئی قدر چنیں۔</translation>
    </message>
    <message>
        <source>Several allowed, separated by ;</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کئی کی اجازت ہے، ; سے الگ کریں</translation>
    </message>
    <message>
        <source>Neighbourhood Mapper workbook</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper ورک بک</translation>
    </message>
    <message>
        <source>Fill in one row per asset (Assets sheet) or group (Groups sheet), then import the file with &apos;mapper import PROJECT FILE&apos; or File &gt; Import. Leave uuid empty for new rows.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ہر اثاثے (Assets شیٹ) یا گروپ (Groups شیٹ) کے لیے ایک قطار بھریں، پھر فائل کو &apos;mapper import PROJECT FILE&apos; یا فائل &gt; درآمد سے درآمد کریں۔ نئی قطاروں کے لیے uuid خالی چھوڑیں۔</translation>
    </message>
    <message>
        <source>Exported from Neighbourhood Mapper on %1. Keep the uuid column: it lets an import update the same records.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>Neighbourhood Mapper سے %1 کو برآمد کیا گیا۔ uuid کالم رکھیں: اس سے درآمد انہی ریکارڈز کو تازہ کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>Rows without latitude/longitude are placed by postcode. Values starting with = + - @ are text, never formulas.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>عرض بلد/طول بلد کے بغیر قطاریں پوسٹ کوڈ سے رکھی جاتی ہیں۔ = + - @ سے شروع ہونے والی قدریں متن ہیں، کبھی فارمولے نہیں۔</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>شیٹ %1</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اس میں کیا ہے</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اقسام</translation>
    </message>
    <message>
        <source>Label</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نام</translation>
    </message>
    <message>
        <source>Categories</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>زمرے</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کیفیات</translation>
    </message>
    <message>
        <source>Principles</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اصول</translation>
    </message>
    <message>
        <source>Group types</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>گروپ کی اقسام</translation>
    </message>
    <message>
        <source>Leave as it is: the record as it was exported, so that only the cells you change are applied and a cell changed in the project meanwhile is kept for review. Empty for new rows.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>جیسا ہے ویسا رہنے دیں: برآمد کے وقت کا ریکارڈ، تاکہ صرف آپ کے بدلے ہوئے خانے لاگو ہوں اور اس دوران منصوبے میں بدلا گیا خانہ جائزے کے لیے رکھا جائے۔ نئی قطاروں کے لیے خالی۔</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>استعمال: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مقامی دلائل</translation>
    </message>
    <message>
        <source>options</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>اختیارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>یہ مدد کا پیغام دکھائیں اور باہر نکلیں</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>درج ذیل دلائل ضروری ہیں: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>نامعلوم دلائل: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>غلط انتخاب: %(value)r (%(choices)s میں سے چنیں)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>دلیل %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>ایک دلیل متوقع تھی</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>غلط %(type)s قدر: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>مبہم اختیار: %(option)s، %(matches)s سے مل سکتا ہے</translation>
    </message>
</context>
</TS>
