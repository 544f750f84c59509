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
        <source>Nothing was changed. Start it again when you are ready.</source>
        <translatorcomment>machine-made, not yet checked by a native speaker</translatorcomment>
        <translation>لم يتغير شيء. ابدأ من جديد عندما تكون مستعدًا.</translation>
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
</context>
</TS>
