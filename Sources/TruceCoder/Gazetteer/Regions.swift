/// First-level regions (ACLED's admin1 spelling first) of the countries whose wars users watch, and
/// well-known towns and districts within them.
///
/// `R Country|Admin1|other spelling|…` is a region; `P Country|Admin1|place|…` lists places in it.
/// A name starting with `!` is also an everyday word ("Bay", "Northern", "Mon"), taken for the
/// region only when a word like "province" or "state" follows it.
enum Regions {
    static let table = """
        R Afghanistan|Badakhshan|Badakhshān
        R Afghanistan|Badghis|Badghes|Badghisat
        R Afghanistan|Baghlan
        R Afghanistan|Balkh
        R Afghanistan|Bamyan|Bamiyan|Bamian
        R Afghanistan|Daykundi|Day Kundi|Daikundi|Daikondi|Dai Kundi|Daykondi
        R Afghanistan|Farah
        R Afghanistan|Faryab|Faryob
        R Afghanistan|Ghazni|Ghazny
        R Afghanistan|Ghor|Ghowr|Ghore
        R Afghanistan|Helmand|Hilmand|Helmund
        R Afghanistan|Herat|Hirat
        R Afghanistan|Jowzjan|Jawzjan|Jozjan|Juzjan
        R Afghanistan|Kabul
        R Afghanistan|Kandahar|Qandahar|Kandahār
        R Afghanistan|Kapisa
        R Afghanistan|Khost|Khowst
        R Afghanistan|Kunar|Konar
        R Afghanistan|Kunduz|Konduz|Qunduz
        R Afghanistan|Laghman
        R Afghanistan|Logar|Lowgar
        R Afghanistan|Nangarhar|Ningarhar|Nangrahar
        R Afghanistan|Nimruz|Nimroz|Nimrouz
        R Afghanistan|Nuristan|Nooristan
        R Afghanistan|Paktika|Paktica
        R Afghanistan|Paktia|Paktya|Paktiya|Paktiyā
        R Afghanistan|Panjshir|Panjsher|Panjshayr
        R Afghanistan|Parwan|Parvan
        R Afghanistan|Samangan
        R Afghanistan|Sar-e-Pul|Sar-e Pul|Sar e Pul|Sari Pul|Sar-i-Pul|Sar-i Pul|Sar-e-Pol|Sar-e Pol|Saripul|Sar-i-Pol|Sare Pul
        R Afghanistan|Takhar
        R Afghanistan|Uruzgan|Oruzgan|Orozgan|Urozgan|Uruzghan
        R Afghanistan|Wardak|Wardag|Maidan Wardak|Maydan Wardak|Vardak
        R Afghanistan|Zabul|Zabol
        P Afghanistan|Helmand|Lashkar Gah|Lashkargah|Sangin|Marjah|Marja|Nad-e Ali|Nad Ali|Nad-e-Ali|Musa Qala|Musa Qalah|Garmsir|Nawa|Nahr-e Saraj|Nahr-e-Saraj|Gereshk|Now Zad|Nowzad|Kajaki|Washer|Washir|Baghran|Dishu|Reg-e Khan Neshin|Khan Neshin|Nawzad|Marjeh|Camp Bastion|Camp Leatherneck
        P Afghanistan|Kandahar|Kandahar City|Zharay|Zhari|Panjwai|Panjwayi|Spin Boldak|Maiwand|Maywand|!Dand|Shah Wali Kot|Shah Wali Kowt|Arghistan|Khakrez|Ghorak|Maruf|!Reg|Takhta Pul|Mianishin|!Nesh|Shorabak
        P Afghanistan|Nangarhar|Jalalabad|Achin|Khogyani|Sherzad|Surkh Rod|Bati Kot|Shinwar|Chaparhar|Pachir wa Agam|Tora Bora|Rodat|!Kama|Behsud|Dur Baba|Deh Bala|Hisarak|!Kot|Muhmand Dara|Goshta|Lal Pur
        P Afghanistan|Balkh|Mazar-e Sharif|Mazar-i-Sharif|Mazar-e-Sharif|!Mazar|Chahar Bolak|Dehdadi
        P Afghanistan|Kunduz|Kunduz City|Chahar Dara|Imam Sahib|Aliabad|Dasht-e Archi|Khanabad|Qala-i-Zal
        P Afghanistan|Paktia|Gardez|Zurmat|Zormat|Sayed Karam|Ahmad Aba|Ahmadabad|Dand wa Patan|Jaji|Chamkani|Shwak|Jani Khel|Mirzaka|Laja Mangel|Wuza Zadran|Zadran
        P Afghanistan|Paktika|Sharana|Orgun|Urgun|Barmal|Bermel|Khair Kot|Yahya Khel|Yaya Khel|Mata Khan|Sar Hawza|Zarghun Shahr|Gomal|Gayan|Ziruk|!Naka|Yosuf Khel|Yusuf Khel|!Dila|Wazi Khwa|Janikhel|Kushamond|!Omna|Waza Khwa
        P Afghanistan|Khost|Khost City|Sabari|!Tani|Terayzai|Tere Zayi|Nadir Shah Kot|Musa Khel|!Spera|!Bak|Qalandar|Mando Zayi|Ismail Khel|!Shamal|Gurbuz|Sabari|Jaji Maidan
        P Afghanistan|Kunar|Asadabad|Pech|Pech River Valley|Korengal|Watapur|Marawara|Sarkani|Dangam|Shigal|Narang|Chapa Dara|Chawkay|Khas Kunar|!Nari|Wata Pur|Ghaziabad|Manogai
        P Afghanistan|Laghman|Mehtar Lam|Mihtarlam|Alingar|Alishing|Qarghayi|Dawlat Shah
        P Afghanistan|Logar|Pul-e Alam|Pul-i-Alam|Puli Alam|Baraki Barak|Charkh|Mohammad Agha|Muhammad Agha|Kharwar|Azra|Khoshi
        P Afghanistan|Wardak|Maidan Shahr|Sayyidabad|Saydabad|Sayed Abad|Nerkh|!Chak|Jalrez|Jaghatu|Daymirdad|Day Mirdad|Hisa-i-Awal-i-Bihsud|Markaz-e Behsud
        P Afghanistan|Ghazni|Ghazni City|!Andar|Qarabagh|!Giro|Gelan|Muqur|Ab Band|Deh Yak|Waghaz|Khwaja Umari|Jaghori|Nawur|Ajristan|Rashidan|Zana Khan|Malistan|Gilan
        P Afghanistan|Zabul|Qalat|Shahjoy|Shinkai|Tarnak wa Jaldak|!Mizan|Atghar|Arghandab District|Daychopan|!Kakar|Shamulzayi|Naw Bahar
        P Afghanistan|Uruzgan|Tarin Kowt|Tarin Kot|Tirin Kot|Deh Rawud|Deh Rawood|!Chora|Chenartu|Khas Uruzgan|Gizab
        P Afghanistan|Kabul|Kabul City|Bagrami|Paghman|Sarobi|Surobi|Deh Sabz|Chahar Asyab|Musahi|Khak-e Jabbar|Shakar Dara|Qarabagh District
        P Afghanistan|Parwan|Bagram|Bagram Airfield|Charikar|Jabal Saraj|Jabal us Saraj|Ghorband|Siahgird|Kohi Safi|Koh-e Safi|!Shinwari|Surkh-e Parsa|!Salang
        P Afghanistan|Kapisa|Mahmud-i-Raqi|Mahmood Raqi|Tagab|Nijrab|Alasay|!Kohistan|Hisa-i-Awal Kohistan
        P Afghanistan|Herat|Herat City|Shindand|Adraskan|Guzara|Injil|!Obe|Pashtun Zarghun|Ghoryan|Kushk|Gulran
        P Afghanistan|Farah|Farah City|Bala Buluk|Bakwa|Gulistan|Pusht Rod|Khak-e Safed|Shib Koh|Purchaman
        P Afghanistan|Badghis|Qala-i-Naw|Qala-e Naw|Bala Murghab|!Murghab|Muqur District|Ab Kamari|Ghormach
        P Afghanistan|Baghlan|Pul-e Khumri|Pul-i-Khumri|Puli Khumri|Baghlan-e Jadid|Baghlan-e-Jadid|Dahana-i-Ghuri|Dahana-ye Ghori|Nahrin|Burka|Dushi|Khinjan|Tala wa Barfak|Andarab
        P Afghanistan|Takhar|Taloqan|Taluqan|Khwaja Ghar|Darqad|!Chal|!Baharak|Eshkamesh|Kalafgan|Rustaq|Yangi Qala
        P Afghanistan|Badakhshan|Faizabad|Fayzabad|!Jurm|Warduj|Baharak District|Keshem|Kishim|!Argo|Yamgan|Tishkan
        P Afghanistan|Faryab|Maimana|Maymana|Qaisar|Almar|Pashtun Kot|Shirin Tagab|Dawlatabad|Andkhoy|Ghormach
        P Afghanistan|Jowzjan|Sheberghan|Shibirghan|Aqcha|Darzab|Qush Tepa|Faizabad District|Khamyab
        P Afghanistan|Samangan|Aybak|Aibak|Dara-i-Sufi|Dara-e Suf|Hazrat Sultan
        P Afghanistan|Sar-e-Pul|Sayyad|Sozma Qala|Kohistanat|Sancharak|Gosfandi|Balkhab
        P Afghanistan|Nimruz|Zaranj|Khash Rod|Chahar Burjak|!Kang|Dilaram|Delaram
        P Afghanistan|Ghor|Chaghcharan|Chaghcharaan|Feroz Koh|Shahrak|Taywara|Pasaband
        P Afghanistan|Daykundi|Nili|Kajran|Khedir|Giti Tu|Ashtarlay
        P Afghanistan|Nuristan|Parun|Kamdesh|Waygal|Wama|Bargi Matal|Mandol|Du Ab
        P Afghanistan|Panjshir|Bazarak|Rukha|!Dara
        P Afghanistan|Bamyan|Yakawlang|Shibar|!Panjab|!Waras|Kahmard|Saighan
        R Pakistan|Punjab
        R Pakistan|Sindh|Sind
        R Pakistan|Khyber Pakhtunkhwa|Khyber-Pakhtunkhwa|KP|KPK|NWFP|North-West Frontier Province|North West Frontier Province|FATA|Federally Administered Tribal Areas
        R Pakistan|Balochistan|Baluchistan|Baloch­istan
        R Pakistan|Gilgit-Baltistan|Gilgit Baltistan
        R Pakistan|Azad Kashmir|Azad Jammu and Kashmir|AJK
        R Pakistan|Islamabad Capital Territory|Islamabad
        P Pakistan|Khyber Pakhtunkhwa|Peshawar|North Waziristan|South Waziristan|Waziristan|Miranshah|Miran Shah|Mir Ali|Wana|Bannu|Dera Ismail Khan|Kohat|Swat|Mingora|Bajaur|Mohmand|Khyber Agency|Kurram|Orakzai|!Tank|Lakki Marwat|Mardan|Charsadda|Chitral|!Dir
        P Pakistan|Balochistan|Quetta|Gwadar|Turbat|!Kalat|Khuzdar|Zhob|Chaman|!Sibi|Panjgur|Mastung
        P Pakistan|Sindh|Karachi|!Hyderabad|Sukkur|Larkana
        P Pakistan|Punjab|Lahore|Rawalpindi|Faisalabad|Multan|Gujranwala|Sialkot|Bahawalpur|Dera Ghazi Khan
        R Iraq|Al Anbar|Anbar
        R Iraq|Al Basrah|Basra|Basrah
        R Iraq|Al Muthanna|Muthanna
        R Iraq|Al Qadissiya|Qadisiyah|Diwaniyah|Al Qadisiyyah
        R Iraq|An Najaf|Najaf
        R Iraq|Arbil|Erbil|Irbil
        R Iraq|As Sulaymaniyah|Sulaymaniyah|Sulaimaniya|Slemani
        R Iraq|Babil|Babylon
        R Iraq|Baghdad
        R Iraq|Dahuk|Duhok|Dohuk
        R Iraq|Dhi Qar|Thi Qar
        R Iraq|Diyala
        R Iraq|Karbala|Kerbala
        R Iraq|Kirkuk|!Tamim
        R Iraq|Maysan|Missan
        R Iraq|Ninewa|Nineveh|Ninawa
        R Iraq|Salah al Din|Salahuddin|Salah ad Din|Salahaddin|Saladin
        R Iraq|Wasit
        P Iraq|Ninewa|Mosul|Sinjar|Tal Afar|Tel Afar
        P Iraq|Al Anbar|Ramadi|Fallujah|Falluja|Haditha|Al Qaim|!Hit
        P Iraq|Salah al Din|Tikrit|Samarra|Baiji|Balad
        P Iraq|Al Basrah|Umm Qasr|Zubair
        R Syria|Aleppo|Halab
        R Syria|Al Hasakeh|Hasakah|Al Hasakah|Hassakeh|Hasakeh
        R Syria|Ar-Raqqa|Raqqa|Raqqah|Ar Raqqah
        R Syria|As-Sweida|Sweida|Suwayda|As Suwayda
        R Syria|Damascus
        R Syria|Dar'a|Daraa|Deraa|Dara'a
        R Syria|Deir-ez-Zor|Deir ez-Zor|Deir al-Zour|Deir Ezzor|Deir el-Zour|Dayr az Zawr
        R Syria|Hama|Hamah
        R Syria|Homs|Hims
        R Syria|Idleb|Idlib
        R Syria|Lattakia|Latakia|Latakiya
        R Syria|Quneitra|Qunaytirah
        R Syria|Rural Damascus|Damascus Countryside|Rif Dimashq|Reef Damascus
        R Syria|Tartous|Tartus
        P Syria|Aleppo|Manbij|Afrin|Azaz|Al Bab|Kobani|Ain al-Arab
        P Syria|Al Hasakeh|Qamishli|Ras al-Ain
        P Syria|Rural Damascus|Douma|Ghouta|Eastern Ghouta|Harasta|Darayya
        P Syria|Deir-ez-Zor|Abu Kamal|Al Bukamal|Mayadin
        P Syria|Idleb|Saraqib|Maarat al-Numan|Jisr al-Shughur|Khan Sheikhoun
        R Yemen|Abyan
        R Yemen|Aden
        R Yemen|Al Bayda|Bayda|Al Baydah
        R Yemen|Al Dhale'e|Dhale|Al Dhale|Ad Dali|Dhalea
        R Yemen|Al Hudaydah|Hodeidah|Hudaydah|Hodeida
        R Yemen|Al Jawf|Jawf|Al Jouf
        R Yemen|Al Maharah|Mahrah|Al Mahrah
        R Yemen|Al Mahwit|Mahwit
        R Yemen|Amanat al Asimah|Sanaa City|Sana'a City
        R Yemen|Amran
        R Yemen|Dhamar
        R Yemen|Hadramawt|Hadramout|Hadhramaut|Hadramaut
        R Yemen|Hajjah|Hajja
        R Yemen|Ibb
        R Yemen|Lahij|Lahj
        R Yemen|Marib|Ma'rib
        R Yemen|Raymah|Raima
        R Yemen|Sadah|Saada|Sa'ada|Saadah
        R Yemen|Sanaa|Sana'a
        R Yemen|Shabwah|Shabwa
        R Yemen|Socotra
        R Yemen|Taizz|Taiz|Ta'izz
        P Yemen|Hadramawt|Mukalla|Seiyun
        P Yemen|Lahij|Al Anad
        R Somalia|Awdal
        R Somalia|Bakool|Bakol
        R Somalia|Banadir|Benadir|Mogadishu
        R Somalia|Bari|!Bari
        R Somalia|!Bay
        R Somalia|Galgaduud|Galguduud
        R Somalia|Gedo
        R Somalia|Hiraan|Hiiraan|Hiran
        R Somalia|Lower Juba|Jubbada Hoose
        R Somalia|Lower Shabelle|Lower Shabeelle|Shabeellaha Hoose
        R Somalia|Middle Juba|Jubbada Dhexe
        R Somalia|Middle Shabelle|Middle Shabeelle|Shabeellaha Dhexe
        R Somalia|Mudug
        R Somalia|Nugaal|Nugal
        R Somalia|Sanaag
        R Somalia|Sool
        R Somalia|Togdheer
        R Somalia|Woqooyi Galbeed|Waqooyi Galbeed
        P Somalia|Lower Juba|Kismayo|Kismaayo
        P Somalia|Bay|Baidoa|Baydhabo
        P Somalia|Lower Shabelle|Afgoye|Merca|Marka|Barawe
        P Somalia|Mudug|Galkayo
        P Somalia|Woqooyi Galbeed|Hargeisa
        P Somalia|Bari|Bosaso
        P Somalia|Hiraan|Beledweyne
        R Ukraine|Cherkasy|Cherkasy Oblast
        R Ukraine|Chernihiv|Chernigov
        R Ukraine|Chernivtsi
        R Ukraine|Crimea|Autonomous Republic of Crimea
        R Ukraine|Dnipropetrovsk|Dnipro
        R Ukraine|Donetsk
        R Ukraine|Ivano-Frankivsk
        R Ukraine|Kharkiv|Kharkov
        R Ukraine|Kherson
        R Ukraine|Khmelnytskyi|Khmelnytskyy
        R Ukraine|Kirovohrad|Kropyvnytskyi
        R Ukraine|Kyiv|Kiev|Kyiv Oblast
        R Ukraine|Kyiv City
        R Ukraine|Luhansk|Lugansk
        R Ukraine|Lviv|Lvov
        R Ukraine|Mykolaiv|Nikolaev
        R Ukraine|Odesa|Odessa
        R Ukraine|Poltava
        R Ukraine|Rivne
        R Ukraine|Sevastopol
        R Ukraine|Sumy
        R Ukraine|Ternopil
        R Ukraine|Vinnytsia
        R Ukraine|Volyn
        R Ukraine|Zakarpattia|Transcarpathia
        R Ukraine|Zaporizhia|Zaporizhzhia|Zaporozhye
        R Ukraine|Zhytomyr
        P Ukraine|Donetsk|Mariupol|Bakhmut|Avdiivka|Kramatorsk|Sloviansk|Pokrovsk|Vuhledar|Toretsk|Chasiv Yar
        P Ukraine|Luhansk|Sievierodonetsk|Severodonetsk|Lysychansk
        P Ukraine|Kyiv|Bucha|Irpin|Hostomel
        R Myanmar|Ayeyarwady|Irrawaddy
        R Myanmar|Bago|Pegu
        R Myanmar|!Chin
        R Myanmar|Kachin
        R Myanmar|Kayah|Karenni
        R Myanmar|Kayin|Karen State
        R Myanmar|Magway|Magwe
        R Myanmar|Mandalay
        R Myanmar|!Mon
        R Myanmar|Nay Pyi Taw|Naypyidaw|Naypyitaw
        R Myanmar|Rakhine|Arakan
        R Myanmar|Sagaing
        R Myanmar|!Shan
        R Myanmar|Tanintharyi|Tenasserim
        R Myanmar|Yangon|Rangoon
        P Myanmar|Rakhine|Sittwe|Maungdaw|Buthidaung
        P Myanmar|Kachin|Myitkyina
        R Sudan|Blue Nile
        R Sudan|Central Darfur
        R Sudan|East Darfur
        R Sudan|Gedaref|Al Qadarif|Gadarif
        R Sudan|Al Jazirah|Gezira|Al Jazira
        R Sudan|Kassala
        R Sudan|Khartoum
        R Sudan|North Darfur
        R Sudan|North Kordofan
        R Sudan|!Northern
        R Sudan|!Red Sea
        R Sudan|River Nile
        R Sudan|Sennar|Sinnar
        R Sudan|South Darfur
        R Sudan|South Kordofan
        R Sudan|West Darfur
        R Sudan|West Kordofan
        R Sudan|White Nile
        P Sudan|North Darfur|El Fasher|Al Fashir
        P Sudan|South Darfur|Nyala
        P Sudan|West Darfur|El Geneina|Geneina
        P Sudan|Khartoum|Omdurman|Khartoum North|!Bahri
        P Sudan|Al Jazirah|Wad Madani
        P Sudan|North Kordofan|El Obeid
        R Mali|Bamako
        R Mali|Gao
        R Mali|Kayes
        R Mali|Kidal
        R Mali|Koulikoro
        R Mali|Menaka|Ménaka
        R Mali|Mopti
        R Mali|Segou|Ségou
        R Mali|Sikasso
        R Mali|Taoudeni
        R Mali|Timbuktu|Tombouctou
        P Mali|Mopti|Boulkessi|Mondoro|Douentza|Djenne|Sevare|Konna|Boni|Bandiagara|Koro|Ogossagou|Sobane Da
        P Mali|Gao|Ansongo|Bourem|Tessit
        P Mali|Timbuktu|Goundam|Niafunke|Dire|Ber
        R Nigeria|Abia
        R Nigeria|Adamawa
        R Nigeria|Akwa Ibom
        R Nigeria|Anambra
        R Nigeria|Bauchi
        R Nigeria|Bayelsa
        R Nigeria|Benue
        R Nigeria|Borno
        R Nigeria|Cross River
        R Nigeria|Delta State|!Delta
        R Nigeria|Ebonyi
        R Nigeria|Edo
        R Nigeria|Ekiti
        R Nigeria|Enugu
        R Nigeria|Federal Capital Territory|FCT|Abuja
        R Nigeria|Gombe
        R Nigeria|Imo
        R Nigeria|Jigawa
        R Nigeria|Kaduna
        R Nigeria|Kano
        R Nigeria|Katsina
        R Nigeria|Kebbi
        R Nigeria|Kogi
        R Nigeria|Kwara
        R Nigeria|Lagos
        R Nigeria|Nasarawa
        R Nigeria|!Niger
        R Nigeria|Ogun
        R Nigeria|Ondo
        R Nigeria|Osun
        R Nigeria|Oyo
        R Nigeria|!Plateau
        R Nigeria|Rivers State|!Rivers
        R Nigeria|Sokoto
        R Nigeria|Taraba
        R Nigeria|Yobe
        R Nigeria|Zamfara
        P Nigeria|Borno|Maiduguri|!Bama|Gwoza|Konduga|Monguno
        P Nigeria|Rivers State|Port Harcourt
        P Nigeria|Plateau|Jos
        R Colombia|Amazonas
        R Colombia|Antioquia
        R Colombia|Arauca
        R Colombia|Atlantico|Atlántico
        R Colombia|Bogota D.C.|Bogota|Bogotá
        R Colombia|Bolivar|Bolívar
        R Colombia|Boyaca|Boyacá
        R Colombia|Caldas
        R Colombia|Caqueta|Caquetá
        R Colombia|Casanare
        R Colombia|Cauca
        R Colombia|Cesar
        R Colombia|Choco|Chocó
        R Colombia|Cordoba|Córdoba
        R Colombia|Cundinamarca
        R Colombia|Guainia|Guainía
        R Colombia|Guaviare
        R Colombia|Huila
        R Colombia|La Guajira|Guajira
        R Colombia|Magdalena
        R Colombia|!Meta
        R Colombia|Narino|Nariño
        R Colombia|Norte de Santander
        R Colombia|Putumayo
        R Colombia|Quindio|Quindío
        R Colombia|Risaralda
        R Colombia|San Andres y Providencia|San Andrés
        R Colombia|Santander
        R Colombia|Sucre
        R Colombia|Tolima
        R Colombia|Valle del Cauca
        R Colombia|Vaupes|Vaupés
        R Colombia|Vichada
        P Colombia|Antioquia|Medellin|Medellín
        P Colombia|Valle del Cauca|Cali|Buenaventura
        P Colombia|Norte de Santander|Cucuta|Cúcuta|Catatumbo
        R Palestine|Gaza Strip|Gaza
        R Palestine|West Bank
        P Palestine|Gaza Strip|Gaza City|Rafah|Khan Younis|Khan Yunis|Deir al-Balah|Jabalia|Beit Hanoun|Beit Lahia
        P Palestine|West Bank|Jenin|Nablus|Ramallah|Hebron|Tulkarm|Bethlehem|Jericho|Qalqilya
        R Israel|Jerusalem
        R Israel|HaDarom|Southern District
        R Israel|HaMerkaz|Central District
        R Israel|HaTsafon|Northern District
        R Israel|Haifa
        R Israel|Tel Aviv
        P Israel|HaDarom|Beersheba|Sderot|Ashkelon|Ashdod|Eilat
        R Democratic Republic of Congo|Nord-Kivu|North Kivu|Nord Kivu
        R Democratic Republic of Congo|Sud-Kivu|South Kivu|Sud Kivu
        R Democratic Republic of Congo|Ituri
        R Democratic Republic of Congo|Tanganyika
        R Democratic Republic of Congo|Haut-Katanga|Haut Katanga|Upper Katanga|Katanga
        R Democratic Republic of Congo|Haut-Lomami|Haut Lomami
        R Democratic Republic of Congo|Haut-Uele|Haut Uele|Upper Uele
        R Democratic Republic of Congo|Bas-Uele|Bas Uele|Lower Uele
        R Democratic Republic of Congo|Tshopo
        R Democratic Republic of Congo|Tshuapa
        R Democratic Republic of Congo|Kinshasa
        R Democratic Republic of Congo|Kasai|Kasaï
        R Democratic Republic of Congo|Kasai-Central|Kasai Central
        R Democratic Republic of Congo|Kasai-Oriental|Kasai Oriental
        R Democratic Republic of Congo|Maniema
        R Democratic Republic of Congo|Mai-Ndombe|Mai Ndombe|Maindombe
        R Democratic Republic of Congo|Kwilu
        R Democratic Republic of Congo|Kwango
        R Democratic Republic of Congo|Kongo-Central|Kongo Central|Bas-Congo
        R Democratic Republic of Congo|Equateur|Équateur
        R Democratic Republic of Congo|Mongala
        R Democratic Republic of Congo|Sankuru
        R Democratic Republic of Congo|Lomami
        R Democratic Republic of Congo|Lualaba
        R Democratic Republic of Congo|Nord-Ubangi|North Ubangi
        R Democratic Republic of Congo|Sud-Ubangi|South Ubangi
        P Democratic Republic of Congo|Nord-Kivu|Goma|Beni|Butembo|Rutshuru|Sake|Masisi|Walikale|Lubero|Kiwanja|Bunagana|Kitshanga|Nyiragongo|Kibumba|Oicha|Mweso|Kanyabayonga|Eringeti|Rubaya|Mubambiro
        P Democratic Republic of Congo|Ituri|Bunia|Djugu|Mambasa|Irumu|Mahagi|Komanda|Fataki|Plaine Savo|Drodro
        P Democratic Republic of Congo|Sud-Kivu|Bukavu|Uvira|Fizi|Minembwe|Kamanyola|Kalehe|Mwenga|Shabunda|Kavumu|Minova
        P Democratic Republic of Congo|Tanganyika|Kalemie|Nyunzu|Manono
        P Democratic Republic of Congo|Haut-Katanga|Lubumbashi|Likasi
        P Democratic Republic of Congo|Kasai-Central|Kananga
        P Democratic Republic of Congo|Kasai|Tshikapa
        P Democratic Republic of Congo|Kasai-Oriental|Mbuji-Mayi|Mbuji Mayi
        P Democratic Republic of Congo|Tshopo|Kisangani
        P Democratic Republic of Congo|Lualaba|Kolwezi
        P Democratic Republic of Congo|Mai-Ndombe|Kwamouth|Yumbi
        P Democratic Republic of Congo|Haut-Uele|Isiro|Dungu
        R Ethiopia|Tigray
        R Ethiopia|Amhara
        R Ethiopia|Oromia|Oromiya
        R Ethiopia|Afar
        R Ethiopia|!Somali
        R Ethiopia|Addis Ababa|Addis Abeba
        R Ethiopia|Dire Dawa
        R Ethiopia|Harari
        R Ethiopia|Gambela Peoples|Gambela|Gambella
        R Ethiopia|Benshangul/Gumuz|Benishangul-Gumuz|Benishangul Gumuz|Benishangul|Benshangul-Gumuz
        R Ethiopia|Southern Nations, Nationalities and Peoples|SNNPR|SNNP
        R Ethiopia|Sidama
        P Ethiopia|Tigray|Mekelle|Mekele|Adigrat|Axum|Aksum|Humera|Alamata|Adwa|!Shire|Zalambessa|Abiy Addi
        P Ethiopia|Amhara|Bahir Dar|Gondar|Gonder|Dessie|Lalibela|Debre Birhan|Debre Markos|Woldia|Weldiya|Debre Tabor|Kombolcha|Shewa Robit|Metema
        P Ethiopia|Oromia|!Adama|Nekemte|Jimma|Shashamene|Bishoftu|Dembi Dolo|Gimbi|Nekemt
        P Ethiopia|Afar|Semera|Chifra|Logiya
        P Ethiopia|Somali|Jijiga|Gode|Kebri Dahar
        P Ethiopia|Harari|Harar
        P Ethiopia|Benshangul/Gumuz|Assosa|Asosa|Metekel
        R Burkina Faso|Boucle du Mouhoun|Mouhoun
        R Burkina Faso|!Cascades
        R Burkina Faso|Centre-Est|Centre-East|Center-East
        R Burkina Faso|Centre-Nord|Centre-North|Center-North
        R Burkina Faso|Centre-Ouest|Centre-West|Center-West
        R Burkina Faso|Centre-Sud|Centre-South|Center-South
        R Burkina Faso|Hauts-Bassins|Hauts Bassins
        R Burkina Faso|Plateau-Central|Plateau Central
        R Burkina Faso|!Sahel
        P Burkina Faso|Centre|Ouagadougou|Ouaga
        P Burkina Faso|Sahel|Djibo|Dori|Arbinda|Gorom-Gorom|Seytenga|Solhan|Sebba|Markoye|Tin-Akoff|Sampelga|Mansila
        P Burkina Faso|Centre-Nord|Kaya|Barsalogho|Kongoussi|Dablo|Pissila|Bourzanga|Namissiguima
        P Burkina Faso|Nord|Ouahigouya|Titao|Thiou|Gourcy|Koumbri
        P Burkina Faso|Est|Fada N'Gourma|Fada N'gourma|Fada Ngourma|Diapaga|Gayeri|Kantchari|Matiacoali|Natiaboani
        P Burkina Faso|Boucle du Mouhoun|Dedougou|Dédougou|Nouna|Tougan|Solenzo|Djibasso
        P Burkina Faso|Hauts-Bassins|Bobo-Dioulasso|Bobo Dioulasso
        P Burkina Faso|Centre-Est|Tenkodogo|Koupela|Koupéla|Bittou
        P Burkina Faso|Cascades|Banfora
        P Burkina Faso|Sud-Ouest|Gaoua
        R Niger|Agadez|Agades
        R Niger|Diffa
        R Niger|Dosso
        R Niger|Maradi
        R Niger|Niamey
        R Niger|Tahoua
        R Niger|Tillaberi|Tillabery|Tillabéri|Tillaberry
        R Niger|Zinder
        P Niger|Diffa|Bosso|Nguigmi|N'Guigmi|Maine-Soroa|Mainé-Soroa|Toumour|Chetimari
        P Niger|Tillaberi|Ayorou|Ouallam|Banibangou|Inates|Chinagodrar|Torodi|Takanamat|Tongo Tongo|Tassia|Anzourou|Makalondi|Mangaize
        P Niger|Tahoua|Tillia|Tassara|Konni|Birni N'Konni
        P Niger|Agadez|Arlit|Bilma|Assamaka
        R Cameroon|Extreme-Nord|Far North|Extreme North|Far-North|Extrême-Nord
        R Cameroon|Nord-Ouest|!North-West|!Northwest|!North West
        R Cameroon|Sud-Ouest|!South-West|!Southwest|!South West
        R Cameroon|Adamaoua
        R Cameroon|!Littoral
        P Cameroon|Nord-Ouest|Bamenda|Kumbo|Ndop|Wum|Nkambe|Bali Nyonga|Batibo|Bafut
        P Cameroon|Sud-Ouest|Buea|Kumba|Limbe|Mamfe|Muyuka|Tiko|Mundemba|Ekona|Mbonge|Konye
        P Cameroon|Extreme-Nord|Maroua|Kolofata|Mokolo|Kousseri|Fotokol|Amchide|Makary|Mozogo|Tourou|Blangoua|Kerawa
        P Cameroon|Littoral|Douala
        P Cameroon|Centre|Yaounde|Yaoundé
        P Cameroon|Adamaoua|Ngaoundere|Ngaoundéré
        P Cameroon|Nord|Garoua|Touboro
        P Cameroon|Est|Bertoua|Garoua-Boulai|Garoua Boulai
        R Central African Republic|Bangui
        R Central African Republic|Bamingui-Bangoran|Bamingui Bangoran
        R Central African Republic|Basse-Kotto|Basse Kotto
        R Central African Republic|Haut-Mbomou|Haut Mbomou
        R Central African Republic|Haute-Kotto|Haute Kotto
        R Central African Republic|Kemo|Kémo
        R Central African Republic|Lobaye
        R Central African Republic|Mambere-Kadei|Mambere Kadei|Mambéré-Kadéï
        R Central African Republic|Mbomou
        R Central African Republic|Nana-Gribizi|Nana Gribizi
        R Central African Republic|Nana-Mambere|Nana Mambere|Nana-Mambéré
        R Central African Republic|Ombella MPoko|Ombella-M'Poko|Ombella M'Poko|Ombella-Mpoko
        R Central African Republic|Ouaka
        R Central African Republic|Ouham
        R Central African Republic|Ouham Pende|Ouham-Pende|Ouham-Pendé
        R Central African Republic|Sangha-Mbaere|Sangha Mbaere
        R Central African Republic|Vakaga
        P Central African Republic|Ouaka|Bambari|Ippy|Kouango|Grimari
        P Central African Republic|Haute-Kotto|Bria
        P Central African Republic|Nana-Gribizi|Kaga-Bandoro|Kaga Bandoro
        P Central African Republic|Mbomou|Bangassou
        P Central African Republic|Ouham|Bossangoa|Batangafo|Markounda
        P Central African Republic|Ouham Pende|Paoua|Bocaranga|Bozoum
        P Central African Republic|Nana-Mambere|Bouar|Baboua
        P Central African Republic|Vakaga|Birao
        P Central African Republic|Haut-Mbomou|Obo|Zemio|Mboki
        P Central African Republic|Basse-Kotto|Alindao|Mobaye
        P Central African Republic|Mambere-Kadei|Berberati
        P Central African Republic|Bamingui-Bangoran|Ndele|N'Dele|Ndélé
        P Central African Republic|Ombella MPoko|Boali|Bossembele
        R South Sudan|Central Equatoria
        R South Sudan|Eastern Equatoria
        R South Sudan|Western Equatoria
        R South Sudan|Jonglei
        R South Sudan|!Lakes
        R South Sudan|!Unity
        R South Sudan|Upper Nile
        R South Sudan|Warrap
        R South Sudan|Northern Bahr el Ghazal|Northern Bahr al Ghazal
        R South Sudan|Western Bahr el Ghazal|Western Bahr al Ghazal
        P South Sudan|Central Equatoria|Juba|Yei|Kajo Keji|Kajo-Keji|Morobo|Lainya|Terekeka
        P South Sudan|Jonglei|Bor|Pibor|Akobo|Ayod|Fangak|Waat|Twic East
        P South Sudan|Upper Nile|Malakal|!Nasir|Renk|Ulang|Maban|Kodok|Melut
        P South Sudan|Unity|Bentiu|Leer|Rubkona|Mayom|Panyijiar|Mayendit
        P South Sudan|Western Bahr el Ghazal|Wau
        P South Sudan|Northern Bahr el Ghazal|Aweil
        P South Sudan|Lakes|Rumbek|Yirol|Cueibet|Awerial
        P South Sudan|Eastern Equatoria|Torit|Kapoeta|Magwi|Nimule|Ikotos
        P South Sudan|Western Equatoria|Yambio|Tambura|Maridi|Mundri
        P South Sudan|Warrap|Kuajok|Tonj|Gogrial
        R Libya|Tripoli|Tarabulus
        R Libya|Benghazi|Banghazi
        R Libya|Misrata|Misratah|Misurata
        R Libya|Sirt|Sirte|Surt
        R Libya|Al Jabal al Akhdar|Jabal al Akhdar|Green Mountain
        R Libya|Al Jabal Al Gharbi|Jabal al Gharbi|Nafusa Mountains|Western Mountains
        R Libya|Aljfara|Al Jfara|Jafara|Jifara
        R Libya|Almargeb|Al Murqub|Al Marqab|Murqub
        R Libya|Azzawya|Az Zawiyah|Zawiya|Zawiyah
        R Libya|An Nuqat al Khams|Nuqat al Khams
        R Libya|Al Butnan|Butnan
        R Libya|Darnah|Derna
        R Libya|Al Jufrah|Jufra|Al Jufra
        R Libya|Al Kufrah|Kufra|Al Kufra
        R Libya|Al Marj|Marj
        R Libya|Sabha|Sebha
        R Libya|Murzuq
        R Libya|Nalut
        R Libya|Wadi Al Hayat|Wadi al Hayaa
        R Libya|Ash Shati|Wadi al Shati
        R Libya|Al Wahah|Al Wahat
        P Libya|Al Butnan|Tobruk|Tubruq
        P Libya|Misrata|Bani Walid|Tawergha|Zliten
        P Libya|Al Jabal Al Gharbi|Gharyan|Gharian|Zintan|Yefren|Yafran|Mizdah
        P Libya|Almargeb|Tarhuna|Tarhunah|Khoms|Al Khums
        P Libya|An Nuqat al Khams|Zuwara|Zuwarah|Ras Ajdir
        P Libya|Azzawya|Sabratha|Surman
        P Libya|Aljfara|Qasr bin Ghashir|Al Aziziyah|Aziziya
        P Libya|Tripoli|Mitiga|Tajoura|Tajura|Ain Zara|Abu Salim|Janzour
        P Libya|Al Wahah|Ajdabiya|Brega|Marsa al Brega
        P Libya|Sabha|Tamanhint
        R Lebanon|!South|South Lebanon|Southern Lebanon
        R Lebanon|Nabatiye|Nabatieh|Nabatiyeh|Nabatiya
        R Lebanon|Beirut|Beyrouth
        R Lebanon|Mount Lebanon
        R Lebanon|Bekaa|Beqaa
        R Lebanon|Baalbek-Hermel|Baalbek Hermel|Baalbek|Hermel
        R Lebanon|!North|North Lebanon|Northern Lebanon
        R Lebanon|Akkar
        P Lebanon|South|Tyre|Sidon|!Saida|Naqoura|Qana|Ain al-Hilweh|Ain el-Hilweh
        P Lebanon|Nabatiye|Bint Jbeil|Marjayoun|Khiam|Hasbaya|Kfar Kila|Aitaroun|Aita al-Shaab|Odaisseh
        P Lebanon|Mount Lebanon|Dahiyeh|Dahieh|Dahiya|Haret Hreik|Baabda|Jounieh|Chouf
        P Lebanon|Bekaa|Zahle|Zahleh|Mashghara|Sohmor
        P Lebanon|Akkar|Halba|Qoubaiyat
        P Lebanon|North|Tripoli|Zgharta|Minieh
        R Mozambique|Cabo Delgado|Cape Delgado
        R Mozambique|Niassa
        R Mozambique|Nampula
        R Mozambique|Zambezia|Zambézia
        R Mozambique|Tete
        R Mozambique|Manica
        R Mozambique|Sofala
        R Mozambique|Inhambane
        R Mozambique|Maputo City|Maputo
        R Mozambique|Maputo|Maputo Province
        P Mozambique|Cabo Delgado|Palma|Mocimboa da Praia|Mocímboa da Praia|Mocimboa|Pemba|Macomia|Quissanga|Muidumbe|Ancuabe|Meluco|Nangade|Montepuez|Chiure|Mueda|Afungi|Metuge
        P Mozambique|Sofala|Beira|Gorongosa|Nhamatanda
        P Mozambique|Manica|Chimoio
        P Mozambique|Niassa|Lichinga|Mecula
        P Mozambique|Nampula|Nacala|Erati
        R Haiti|!Ouest
        R Haiti|Artibonite
        R Haiti|Grand'Anse|Grand Anse|Grande Anse
        R Haiti|Nippes
        R Haiti|Nord-Est
        R Haiti|Sud-Est
        P Haiti|Ouest|Port-au-Prince|Cite Soleil|Cité Soleil|Croix-des-Bouquets|Petion-Ville|Pétion-Ville|Petionville|Delmas|Martissant|Tabarre|Carrefour-Feuilles|Kenscoff|Gressier|Leogane|Léogâne|Solino|Arcahaie
        P Haiti|Artibonite|Gonaives|Gonaïves|Saint-Marc|Liancourt|Petite Riviere de l'Artibonite
        P Haiti|Nord|Cap-Haitien|Cap-Haïtien|Cap Haitien
        P Haiti|Centre|Mirebalais|Hinche
        P Haiti|Sud|Les Cayes
        P Haiti|Sud-Est|Jacmel
        P Haiti|Grand'Anse|Jeremie|Jérémie
        """
}
