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
        <source>Nothing was changed. Start it again when you are ready.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>کچھ تبدیل نہیں ہوا۔ جب تیار ہوں دوبارہ شروع کریں۔</translation>
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
</context>
</TS>
