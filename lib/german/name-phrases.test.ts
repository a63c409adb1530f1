import { describe, expect, it } from "vitest";
import { analyse, word } from "./test-helpers";

describe("name phrases", () => {
  it.each([
    // Streets and squares as addresses.
    ["Wir wohnen in der Lessingstraße.", "Lessingstraße", "Lessingstraße"],
    ["Das Büro liegt an der Karl-Marx-Allee.", "Karl-Marx-Allee", "Karl-Marx-Allee"],
    ["Die Praxis ist in der Hauptstraße 12.", "Hauptstraße", "Hauptstraße"],
    ["Der Laden zieht in die Neue Bahnhofstraße.", "Neue", "Neue Bahnhofstraße"],
    ["Wir treffen uns in der Alten Gasse.", "Alten", "Alte Gasse"],
    ["Er wohnt am Großen Ring.", "Ring", "Großer Ring"],
    ["Sie arbeitet am Potsdamer Platz.", "Potsdamer", "Potsdamer Platz"],
    ["Das Fest ist am Birkenweg.", "Birkenweg", "Birkenweg"],
    // Businesses and districts after their kind.
    ["Wir aßen im Restaurant Zum Goldenen Hirschen.", "Hirschen", "Zum Goldenen Hirschen"],
    ["Danach gingen wir ins Café Einstein.", "Einstein", "Einstein"],
    ["Das Buch erschien im Verlag Hoffmann & Campe.", "Campe", "Hoffmann & Campe"],
    ["Sie wohnt im Stadtteil Sülz.", "Sülz", "Sülz"],
    // Breweries, makers and pits too; a compound of German words after them is no object (Rot + Haus).
    ["Die Brauerei Rothaus wächst.", "Rothaus", "Rothaus"],
    ["Wir besuchten die Zeche Zollverein in Essen.", "Zollverein", "Zollverein"],
    // A kind's head alone, as in its compounds (Automarke): the brand's words after it are one name.
    ["Der Konzern kauft die Marke Velora Alu-Rad.", "Alu-Rad", "Velora Alu-Rad"],
    // A firm named by what it runs or supplies, a program by its kind: the word after it is the name.
    ["Kunde ist der Netzbetreiber Westnetz.", "Westnetz", "Westnetz"],
    ["Sie will die Speichersoftware Voltwise weiterentwickeln.", "Voltwise", "Voltwise"],
    ["Der Energieversorger Enercity erhöht die Preise.", "Enercity", "Enercity"],
    // A word shaped like an inflected adjective (schief + er) that is a noun and a surname whole.
    ["Übernachtet haben wir im Gasthof Schiefer in Aschach.", "Schiefer", "Schiefer"],
    // An institution, body or event before a place: one name (a Region between).
    ["Sie studiert an der Universität Greifswald.", "Universität", "Universität Greifswald"],
    ["Beim Filmfest Hamburg laufen neue Filme.", "Hamburg", "Filmfest Hamburg"],
    ["Die Ärzte des Klinikums Region Hannover streiken.", "Klinikums", "Klinikum Region Hannover"],
    // … or before the river or region it serves, though a noun is spelled so (die Lippe, lip).
    ["Das Klinikum Lippe will fusionieren.", "Lippe", "Klinikum Lippe"],
    ["Der Naturschutzbund Deutschland warnt.", "Naturschutzbund", "Naturschutzbund Deutschland"],
    ["Sie arbeitet bei der Landesbank Baden-Württemberg.", "Landesbank", "Landesbank Baden-Württemberg"],
    // An airport too, named by its town or towns.
    ["Auch der Flughafen Rostock-Laage meldet mehr Passagiere.", "Flughafen", "Flughafen Rostock-Laage"],
    // An island after Insel; after a plural kind, und joins two names.
    ["Gefragt waren die Inseln Rügen und Usedom.", "Rügen", "Rügen"],
    ["Wir fahren auf die Insel Rügen.", "Rügen", "Rügen"],
    // A hyphenated compound on such a noun too.
    ["Das Gürzenich-Orchester Köln geht auf Reise.", "Gürzenich-Orchester", "Gürzenich-Orchester Köln"],
    ["Sie studiert an der Gutenberg-Universität Mainz.", "Mainz", "Gutenberg-Universität Mainz"],
    // A club too, also where the genitive of a compound the dictionary lacks names it.
    ["Sie spielt beim Tennisclub Freiburg.", "Freiburg", "Tennisclub Freiburg"],
    ["Den Sieg holte ein Team des Motorsportclubs Freiburg.", "Motorsportclubs", "Motorsportclub Freiburg"],
    // A capitalised adjective inside a sentence before an organisation's head: one name, adjectives in the base form.
    ["Das Technische Hilfswerk pumpte die Keller leer.", "Hilfswerk", "Technisches Hilfswerk"],
    ["Er ist Mitglied des Deutschen Alpenvereins.", "Deutschen", "Deutscher Alpenverein"],
    ["Auch die Deutsche Post schließt ihre Filiale.", "Post", "Deutsche Post"],
    // An agency, an institute or a university is such a head, and an institute's name runs on over "für".
    ["Die Europäische Arzneimittel-Agentur prüft.", "Arzneimittel-Agentur", "Europäische Arzneimittel-Agentur"],
    ["Das meldet die Deutsche Presse-Agentur.", "Deutsche", "Deutsche Presse-Agentur"],
    [
      "Er forscht am Deutschen Institut für Wirtschaftsforschung.",
      "Deutschen",
      "Deutsches Institut für Wirtschaftsforschung",
    ],
    ["Sie studiert an der Technischen Universität.", "Universität", "Technische Universität"],
    // Adjectives joined by a hyphen, only the last inflected, lead such a name as one adjective does.
    ["Nun öffnet das Römisch-Germanische Museum.", "Römisch-Germanische", "Römisch-Germanisches Museum"],
    ["Das Deutsch-Französische Jugendwerk fördert Reisen.", "Jugendwerk", "Deutsch-Französisches Jugendwerk"],
    // A union and a hospital too, the hospital's name running on over the place after it.
    ["Die Junge Union verlangte eine Reform.", "Junge", "Junge Union"],
    ["Die Deutsche Eislauf-Union hofft auf eine Medaille.", "Eislauf-Union", "Deutsche Eislauf-Union"],
    ["Das Evangelische Klinikum Bethel wächst.", "Bethel", "Evangelisches Klinikum Bethel"],
    ["Sie kandidiert für die Freien Wähler.", "Freien", "Freie Wähler"],
    // A church as a body, its adjective capitalised.
    ["Die Kosten trägt die Evangelische Landeskirche.", "Landeskirche", "Evangelische Landeskirche"],
    ["Er trat aus der Katholischen Kirche aus.", "Katholischen", "Katholische Kirche"],
    // An office (Amt, Bundesamt, Landesamt), and what it is for.
    ["Das meldete das Statistische Amt in Schwerin.", "Statistische", "Statistisches Amt"],
    ["Er arbeitet im Auswärtigen Amt.", "Amt", "Auswärtiges Amt"],
    [
      "Die Grabung leitet Eva Lindner vom Bayerischen Landesamt für Denkmalpflege.",
      "Bayerischen",
      "Bayerisches Landesamt für Denkmalpflege",
    ],
    ["Am Freitag ist die Lange Nacht der Wissenschaften.", "Nacht", "Lange Nacht der Wissenschaften"],
    // A community or an organisation is a body too (Deutsche Forschungsgemeinschaft, Internationale Arbeitsorganisation).
    [
      "Die Deutsche Forschungsgemeinschaft fördert das Projekt.",
      "Forschungsgemeinschaft",
      "Deutsche Forschungsgemeinschaft",
    ],
    [
      "Er berät die Internationale Arbeitsorganisation in Genf.",
      "Internationale",
      "Internationale Arbeitsorganisation",
    ],
    // An institute named after someone, with what it is für.
    [
      "Das Leibniz-Institut für Plasmaforschung öffnet die Labore.",
      "Plasmaforschung",
      "Leibniz-Institut für Plasmaforschung",
    ],
    [
      "Er arbeitet am Max-Planck-Institut für Physik in München.",
      "Max-Planck-Institut",
      "Max-Planck-Institut für Physik",
    ],
    // A surname after a kind of business, though also a noun; kinds named by a compound's head.
    ["Die Tierarztpraxis Weber erinnert an den Termin.", "Weber", "Weber"],
    ["Die Hausverwaltung Nordblick lädt ein.", "Nordblick", "Nordblick"],
    ["Die Schiffe der Reederei Nordfriesland fahren seltener.", "Nordfriesland", "Nordfriesland"],
    // Organisations with a legal form.
    ["Die Bäckerei Meyer GmbH stellt ein.", "Meyer", "Meyer GmbH"],
    ["Der Verein Freunde der Oper e.V. lädt ein.", "Oper", "Freunde der Oper e.V."],
    ["Er arbeitet bei der Siemens AG in München.", "AG", "Siemens AG"],
    // Firms named by two words joined with an ampersand.
    ["Hausverwaltung Brenner & Söhne", "Söhne", "Brenner & Söhne"],
    ["Wir kauften bei Müller & Co. ein.", "Müller", "Müller & Co."],
    // Titles in quotation marks.
    ["Wir sahen den Film „Der Himmel über Berlin“ gestern.", "Himmel", "Der Himmel über Berlin"],
    ["Sie las den Roman „Die Blechtrommel“.", "Blechtrommel", "Die Blechtrommel"],
    // A genre of work, alone or as a compound's head, before the quotation marks.
    ["Gewonnen hat das Drama „Stille Wasser“ von Johanna Berger.", "Stille", "Stille Wasser"],
    ["Der Kriminalroman „Schwarze Milch“ erscheint im Mai.", "Milch", "Schwarze Milch"],
    // A programme, exhibition or project as a compound's head, and a kind of body (Bürgerinitiative).
    ["Für Kinder gibt es das Weihnachtsprogramm „Der Stern von Bethlehem“.", "Stern", "Der Stern von Bethlehem"],
    ["Die Sonderausstellung „Gold der Inka“ beginnt im März.", "Gold", "Gold der Inka"],
    ["Die Bürgerinitiative „Rettet den Reinhardswald“ hat geklagt.", "Rettet", "Rettet den Reinhardswald"],
    ["Gestern lief „La Dolce Vita“ im Fernsehen.", "Dolce", "La Dolce Vita"],
    // A cable car named by its summit.
    ["Am Nachmittag fuhren wir mit der Tegelbergbahn hinauf.", "Tegelbergbahn", "Tegelbergbahn"],
    // An episode, chapter or issue of a title, its kind before von or aus.
    ["Willkommen zu einer neuen Folge von „Küchengeflüster“!", "Küchengeflüster", "Küchengeflüster"],
    ["Er las ein Kapitel aus „Der Zauberberg“ vor.", "Zauberberg", "Der Zauberberg"],
    // Foreign titles without quotation marks, streets and arcades named after someone.
    ["Wir sahen den Film Cinema Paradiso im Freien.", "Paradiso", "Cinema Paradiso"],
    ["Sie mag die Serie Stranger Things sehr.", "Stranger", "Stranger Things"],
    ["Die Schule steht neben der Goethestraße.", "Goethestraße", "Goethestraße"],
    ["Wir bummelten durch die Mädlerpassage.", "Mädlerpassage", "Mädlerpassage"],
    // Landmarks and districts named by a place, and listed organisations inflected.
    ["Wir standen vor dem Kölner Dom.", "Dom", "Kölner Dom"],
    ["Wir übernachten in der Todtnauer Hütte.", "Hütte", "Todtnauer Hütte"],
    ["Der Ort liegt in der Mecklenburgischen Schweiz.", "Schweiz", "Mecklenburgische Schweiz"],
    ["Sie zog nach Prenzlauer Berg.", "Prenzlauer", "Prenzlauer Berg"],
    ["Er fährt oft mit der Deutschen Bahn.", "Deutschen", "Deutsche Bahn"],
    ["Sie spendet dem Deutschen Roten Kreuz.", "Kreuz", "Deutsches Rotes Kreuz"],
    ["Abends fuhren wir nach Kreuzberg.", "Kreuzberg", "Kreuzberg"],
    // A capitalised adjective mid-sentence before a name or a place, in its base form.
    ["Er verhandelt mit der Kassenärztlichen Vereinigung Bayern.", "Vereinigung", "Kassenärztliche Vereinigung Bayern"],
    // Or before a common noun, the two alone in quotation marks after an article: a work's or a thing's name.
    ["Ihr Werk, die „Wartende Frau“, steht in Heidelberg.", "Frau", "Wartende Frau"],
    ["Wir fuhren mit dem „Roten Pfeil“ los.", "Roten", "Roter Pfeil"],
    ["Die Freiwillige Feuerwehr Bad Salzuflen rückte aus.", "Salzuflen", "Freiwillige Feuerwehr Bad Salzuflen"],
    ["Sie sprach vor der Europäischen Kommission.", "Europäischen", "Europäische Kommission"],
    ["Das Amt heißt jetzt Staatliches Baumanagement Hannover.", "Baumanagement", "Staatliches Baumanagement Hannover"],
    // Lakes, newspapers and streets named by a place's -er adjective, known or not.
    ["Wir segelten auf dem Kummerower See.", "Kummerower", "Kummerower See"],
    ["Das stand in der Stuttgarter Zeitung.", "Zeitung", "Stuttgarter Zeitung"],
    ["Der Laden liegt an der Wolgaster Straße.", "Straße", "Wolgaster Straße"],
    ["Am Steinhuder Meer ist es schön.", "Meer", "Steinhuder Meer"],
    ["Sie trainieren auf dem Stubaier Gletscher.", "Stubaier", "Stubaier Gletscher"],
    ["Im Juni lockt die Kieler Woche viele Segler an.", "Woche", "Kieler Woche"],
    ["Der Rennsteig führt durch den Thüringer Wald.", "Thüringer", "Thüringer Wald"],
    // Compounds named after someone, whatever their head.
    ["Das Spiel ist im Erich-Kästner-Stadion.", "Erich-Kästner-Stadion", "Erich-Kästner-Stadion"],
    ["Wir übernachten auf der Otto-Mayr-Hütte.", "Otto-Mayr-Hütte", "Otto-Mayr-Hütte"],
    // A place or building named by a compound on a first name (Marien of Maria) or a word no German reading fits.
    ["Wir trafen uns am Alexanderplatz.", "Alexanderplatz", "Alexanderplatz"],
    ["Vom Marienplatz geht es zur Theresienwiese.", "Theresienwiese", "Theresienwiese"],
    ["Abends bummelten wir durchs Nikolaiviertel.", "Nikolaiviertel", "Nikolaiviertel"],
    ["Der Altar des Pergamonmuseums ist berühmt.", "Pergamonmuseums", "Pergamonmuseum"],
    ["Im Élysée-Palast sprachen sie lange.", "Élysée-Palast", "Élysée-Palast"],
    // Sankt before the saint's name, hyphenated.
    ["Das Konzert findet in der Sankt-Georg-Kirche statt.", "Sankt-Georg-Kirche", "Sankt-Georg-Kirche"],
    // A castle, palace or monastery before its name, like a kind of business.
    ["Wir besichtigten das Schloss Neuschwanstein.", "Neuschwanstein", "Neuschwanstein"],
    // A capitalised preposition inside a sentence starts a street's or a house's name.
    ["Der Boulevard Unter den Linden ist breit.", "Linden", "Unter den Linden"],
    ["Wir wohnen An der Alster 5.", "Alster", "An der Alster"],
    // A federal or state authority with what it is für; a body named with Pro; a house number after a street.
    ["Die Bundesagentur für Arbeit meldet neue Zahlen.", "Arbeit", "Bundesagentur für Arbeit"],
    [
      "Er klagt gegen das Bundesamt für Migration und Flüchtlinge.",
      "Bundesamt",
      "Bundesamt für Migration und Flüchtlinge",
    ],
    ["Der Fahrgastverband Pro Bahn kritisierte die Planung.", "Bahn", "Pro Bahn"],
    // The art hall, stock exchange or opera a city is known by, after the city's -er adjective.
    ["Die Hamburger Kunsthalle zeigt Bilder.", "Kunsthalle", "Hamburger Kunsthalle"],
    ["An der Frankfurter Börse fiel der Kurs.", "Börse", "Frankfurter Börse"],
    // A capitalised adjective before a museum, a collection or Rotes Kreuz; a plural after den in the nominative.
    ["Wir besuchen das Neue Museum.", "Neue", "Neues Museum"],
    ["Das Bayerische Rote Kreuz half.", "Bayerische", "Bayerisches Rotes Kreuz"],
    [
      "Die Bilder kommen von den Staatlichen Kunstsammlungen Dresden.",
      "Staatlichen",
      "Staatliche Kunstsammlungen Dresden",
    ],
    // A print room, zoo or winery before its city.
    ["Er arbeitet im Kupferstichkabinett Berlin.", "Kupferstichkabinett", "Kupferstichkabinett Berlin"],
    ["Der Wein kommt vom Staatsweingut Meersburg.", "Staatsweingut", "Staatsweingut Meersburg"],
    // A foundation or ensemble named by a rarer common noun right after it; a name written apart before Stiftung.
    ["Die Stiftung Warentest lobt das Gerät.", "Stiftung", "Stiftung Warentest"],
    ["Heute spielt das Ensemble Resonanz.", "Resonanz", "Ensemble Resonanz"],
    ["Das Projekt fördert die Hapag-Lloyd Stiftung.", "Stiftung", "Hapag-Lloyd Stiftung"],
    // A concert hall, park or stadium named by the river or land it stands by.
    ["Heute spielen sie in der Elbphilharmonie.", "Elbphilharmonie", "Elbphilharmonie"],
    ["Wir fahren in den Hessenpark.", "Hessenpark", "Hessenpark"],
    ["Mehr als 800 Gäste kamen in die Neckarhalle.", "Neckarhalle", "Neckarhalle"],
    // The land along a river, and a district named after a prince.
    ["Er sprach von einem guten Tag für das Emsland.", "Emsland", "Emsland"],
    ["Wir reisen ins Havelland.", "Havelland", "Havelland"],
    ["Die Stadt plant eine Schule in der Johannstadt.", "Johannstadt", "Johannstadt"],
    // A broadcaster named by its land or a quarter of the country.
    ["Das Gespräch sendet der Deutschlandfunk.", "Deutschlandfunk", "Deutschlandfunk"],
    ["Moderiert wird es vom Südwestrundfunk.", "Südwestrundfunk", "Südwestrundfunk"],
    // A quarter, as a Viertel, named by a word no dictionary has before a hyphen.
    ["Karten gibt es an der Kasse im Humpis-Quartier.", "Humpis-Quartier", "Humpis-Quartier"],
    // A kind of business as the head of a compound.
    ["Wir übernachten im Berggasthof Zum Grünen Hut.", "Hut", "Zum Grünen Hut"],
    ["Die Kinder der Grundschule Am Hasenberg sangen.", "Hasenberg", "Am Hasenberg"],
    // A first name, der or die and a capitalised adjective: a ruler's or saint's epithet.
    ["Kaiser Karl der Große ließ hier eine Pfalz bauen.", "Große", "Karl der Große"],
    ["Katharina die Große regierte Russland.", "Katharina", "Katharina die Große"],
  ])("%s: %s belongs to %s", (sentence, text, name) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma: name, pos: "name" });
  });

  it.each([
    ["Die Straße war nass.", "Straße", "Straße"],
    ["Der Radweg am Fluss ist gesperrt.", "Radweg", "Radweg"],
    ["Wir parkten auf dem Parkplatz.", "Parkplatz", "Parkplatz"],
    ["Wir trafen uns in der Stadthalle.", "Stadthalle", "Stadthalle"],
    ["Die Turnhalle ist neu.", "Turnhalle", "Turnhalle"],
    ["Das neue Stadtquartier wächst.", "Stadtquartier", "Stadtquartier"],
    // A compound on a common compound of the street's head is a kind of that thing (Parkplatz, Wanderweg).
    ["Die Tour startet am Wanderparkplatz bei Todtnau.", "Wanderparkplatz", "Wanderparkplatz"],
    ["Wir treffen uns am Kinderspielplatz.", "Kinderspielplatz", "Kinderspielplatz"],
    ["Im Kino Filme zu sehen ist teuer.", "Filme", "Film"],
    ["Im Café gab es Kuchen.", "Kuchen", "Kuchen"],
    ["Das Hotel Frühstück bietet jeder an.", "Frühstück", "Frühstück"],
    ["Er las ein Buch über Vögel.", "Vögel", "Vogel"],
    ["Der Film Ende der Woche war gut.", "Ende", "Ende"],
    ["Sie kaufte ein Buch Papier.", "Papier", "Papier"],
    ["Die Hauptstraße des Dorfes ist eng.", "Hauptstraße", "Hauptstraße"],
    ["Der Ton der Verkäufer wurde rau.", "Verkäufer", "Verkäufer"],
    ["Er rief „Gute Nacht“ und ging.", "Nacht", "Nacht"],
    ["Das Lokal hat einen gemütlichen „Raucherraum“.", "Raucherraum", "Raucherraum"],
    ["Der Holzfachmarkt wurde uns empfohlen.", "Holzfachmarkt", "Holzfachmarkt"],
    ["Der Chef der Firma kam spät.", "Firma", "Firma"],
    ["Sie kaufte den Stoff aus Baumwolle.", "Baumwolle", "Baumwolle"],
    // The treebanks' convention: an adjective and a common noun stay apart, even capitalised.
    ["Er besuchte das Weiße Haus.", "Haus", "Haus"],
    ["Die deutsch-französische Freundschaft ist alt.", "Freundschaft", "Freundschaft"],
    ["Die europäische Agentur wächst.", "Agentur", "Agentur"],
    ["Sie segelten über den Pazifischen Ozean.", "Ozean", "Ozean"],
    // A bridge or a town's park is a common noun, whatever names it.
    ["Die Rheinbrücke ist gesperrt.", "Rheinbrücke", "Rheinbrücke"],
    ["Wir parken am Stadtpark.", "Stadtpark", "Stadtpark"],
    // A land or a town a German word names (Heimat, Partner, Hanse) is a kind of land or town.
    ["Sie kehrten in ihr Heimatland zurück.", "Heimatland", "Heimatland"],
    ["Die Partnerstadt schickte eine Delegation.", "Partnerstadt", "Partnerstadt"],
    ["Der Polizeifunk war still.", "Polizeifunk", "Polizeifunk"],
    // A frequent noun after Stiftung is an object, not the foundation's name.
    ["Er hat der Stiftung Geld gegeben.", "Stiftung", "Stiftung"],
    ["Er hat der Stiftung Geld gegeben.", "Geld", "Geld"],
    // A place after a noun of place, a compound that says whose it is, a court or a savings bank: the noun stays.
    ["Sie wohnt in der Stadt Göttingen.", "Stadt", "Stadt"],
    ["Die Stadtbibliothek Heilbronn mahnt die Bücher an.", "Stadtbibliothek", "Stadtbibliothek"],
    ["Das Amtsgericht Bielefeld verhandelt heute.", "Amtsgericht", "Amtsgericht"],
    ["Der Bund Deutschland zahlt.", "Bund", "Bund"],
    ["In der Nord-Süd-Verbindung gab es Stau.", "Nord-Süd-Verbindung", "Nord-Süd-Verbindung"],
    ["Die Nord-Süd-Universität wächst.", "Nord-Süd-Universität", "Nord-Süd-Universität"],
    ["Die Polizei sperrte die Bundesstraße 239.", "Bundesstraße", "Bundesstraße"],
    ["Am Ende blieb das Geld.", "Ende", "Ende"],
    ["Er sagte: Unter den Umständen geht das nicht.", "Umständen", "Umstand"],
    ["Die Agentur für Arbeit hilft.", "Agentur", "Agentur"],
    ["Die freiwillige Feuerwehr kam schnell.", "Feuerwehr", "Feuerwehr"],
    ["In der nächsten Woche regnet es.", "Woche", "Woche"],
    ["Wir parkten am Stadtmuseum.", "Stadtmuseum", "Stadtmuseum"],
    ["Der Marienkäfer sitzt auf dem Blatt.", "Marienkäfer", "Marienkäfer"],
    ["Das Schloss der Tür klemmt.", "Schloss", "Schloss"],
    // Band, Chor and Orchester are no kinds of business: an instrument follows them as an object.
    ["Sie spielt im Orchester Geige.", "Geige", "Geige"],
    ["Er spielt in der Band Schlagzeug.", "Schlagzeug", "Schlagzeug"],
    ["Die katholische Kirche feiert Ostern.", "Kirche", "Kirche"],
    ["Er hat das zuständige Amt informiert.", "Amt", "Amt"],
    ["Am Flughafen gibt es Stau.", "Flughafen", "Flughafen"],
    // A frequent noun after a firm's kind is its object.
    ["Er sagt, dass die Netzbetreiber Strom liefern.", "Strom", "Strom"],
    // One the plural's article shows to be several firms is no single firm, and what follows no name.
    ["Weil die Versorger Flüssiggas liefern, steigt der Preis.", "Flüssiggas", "Flüssiggas"],
    // An unknown first part before a common compound of the street's head (Stellplatz) is no street's name.
    ["Die Wohnung hat einen Tiefgaragenstellplatz.", "Tiefgaragenstellplatz", "Tiefgaragenstellplatz"],
    // A pass or cable car whose first part is a German word is a kind of ticket or railway.
    ["Wir kauften einen Wochenpass.", "Wochenpass", "Wochenpass"],
    ["Die Hausbergbahn fährt heute nicht.", "Hausbergbahn", "Hausbergbahn"],
    // Before a capitalised noun the adjective starts a name of its own, no epithet.
    ["Als Paul die Große Mauer sah, staunte er.", "Mauer", "Mauer"],
  ])("%s: %s stays a noun", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos: "noun" });
  });

  it("keeps a kind of business a noun of its own before the name", () => {
    const words = analyse("Wir trafen uns im Hotel Adlon.");
    expect(word(words, "Hotel")).toMatchObject({ lemma: "Hotel", pos: "noun" });
    expect(word(words, "Adlon")).toMatchObject({ lemma: "Adlon", pos: "name" });
  });

  it("keeps the name before a legal form apart from the noun before it", () => {
    const words = analyse("Der Chef der Müller GmbH kam spät.");
    expect(word(words, "Chef")).toMatchObject({ lemma: "Chef", pos: "noun" });
    expect(word(words, "Müller")).toMatchObject({ lemma: "Müller GmbH", pos: "name" });
  });

  it("reads a person's or place's name before a hyphen and an event's head as the event's name", () => {
    expect(word(analyse("Viele waren bei den Mendelssohn-Festtagen."), "Mendelssohn-Festtagen")).toMatchObject({
      lemma: "Mendelssohn-Festtage",
      pos: "name",
    });
    expect(word(analyse("Sie paddeln beim Peene-Marathon."), "Peene-Marathon").pos).toBe("name");
    const words = analyse("Der Halb-Marathon, die Sommer-Festtage und der Herbst-Preis.");
    for (const text of ["Halb-Marathon", "Sommer-Festtage", "Herbst-Preis"]) expect(word(words, text).pos).toBe("noun");
  });

  it("reads a capitalised adjective before a newspaper or a ministry as a name, over what the body is für", () => {
    const paper = analyse("Das berichtet die Schwäbische Zeitung.");
    expect(word(paper, "Schwäbische")).toMatchObject({ lemma: "Schwäbische Zeitung", pos: "name" });
    const ministry = analyse("Er kam aus dem Sächsischen Staatsministerium für Wissenschaft und Kunst.");
    for (const text of ["Sächsischen", "Staatsministerium", "Wissenschaft", "Kunst"])
      expect(word(ministry, text)).toMatchObject({
        lemma: "Sächsisches Staatsministerium für Wissenschaft und Kunst",
        pos: "name",
      });
    const brigade = analyse("Die Freiwillige Feuerwehr für Kinder und Eltern.");
    expect(word(brigade, "Kinder").pos).toBe("noun");
  });

  it("reads a town's or a firm's name written apart before a fair, an event or a site as one name with it", () => {
    const fair = analyse("Rund 4000 Aussteller zeigen auf der Hannover Messe ihre Neuheiten.");
    for (const text of ["Hannover", "Messe"])
      expect(word(fair, text)).toMatchObject({ lemma: "Hannover Messe", pos: "name" });
    expect(word(analyse("9000 Läufer sind beim Frankfurt Marathon gestartet."), "Marathon").lemma).toBe(
      "Frankfurt Marathon",
    );
    expect(word(analyse("Auf der Meyer Werft wurde das Schiff getauft."), "Werft").lemma).toBe("Meyer Werft");
    // A compound the dictionary lacks, written apart before the site: a firm's name (German would join a modifier).
    const hall = analyse("Der Chef lud Belegschaft und Gäste in die Seidensticker Halle ein.");
    for (const text of ["Seidensticker", "Halle"])
      expect(word(hall, text)).toMatchObject({ lemma: "Seidensticker Halle", pos: "name" });
    expect(word(analyse("Sie wohnt in der Stadt Halle."), "Stadt").pos).toBe("noun");
    // A country takes its own article; the noun after it is another word.
    expect(word(analyse("Sie arbeitet in der Türkei Halle an Halle."), "Türkei").lemma).toBe("Türkei");
  });

  it("reads a capitalised word after a kind of business and wie as a name of that kind", () => {
    const firms = analyse("Die Firma liefert Bremsen an Hersteller wie Gazelle und Riese & Müller.");
    expect(word(firms, "Gazelle")).toMatchObject({ lemma: "Gazelle", pos: "name" });
    expect(word(firms, "Müller").lemma).toBe("Riese & Müller");
    // A comparison has its article: the noun.
    expect(word(analyse("Er ist schnell wie eine Gazelle."), "Gazelle").pos).toBe("noun");
  });

  it("reads a town, am or im or an der, and a river, range or region as one town's name", () => {
    for (const [sentence, text, lemma] of [
      ["In Wangen im Allgäu hat die Landesgartenschau geöffnet.", "Allgäu", "Wangen im Allgäu"],
      ["Der Abend endete im Schloss Neuburg am Inn.", "Neuburg", "Neuburg am Inn"],
      ["Wir fahren morgen nach Mühldorf am Inn.", "Inn", "Mühldorf am Inn"],
    ])
      expect(word(analyse(sentence ?? ""), text ?? "")).toMatchObject({ lemma, pos: "name" });
    // A lake or a country says where a town lies; a river's course stays the river's.
    expect(word(analyse("Der Weg führt nach Lindau am Bodensee."), "Lindau").lemma).toBe("Lindau");
    expect(word(analyse("Wir radeln von Essen an der Ruhr entlang."), "Ruhr").lemma).toBe("Ruhr");
  });

  it("reads a town, a Romance particle and a capitalised word as one town's name", () => {
    const flight = analyse("Ryanair fliegt ab April nach Palma de Mallorca.");
    for (const text of ["Palma", "de", "Mallorca"])
      expect(word(flight, text)).toMatchObject({ lemma: "Palma de Mallorca", pos: "name" });
    // A German word between two places joins nothing.
    expect(word(analyse("Er fuhr von Palma nach Mallorca."), "Palma").lemma).toBe("Palma");
  });

  it("reads capitalised words written apart before an English event's head, after an article, as its name", () => {
    const tennis = analyse("Beim Porsche Tennis Grand Prix hat Laura Siegemund das Viertelfinale erreicht.");
    for (const text of ["Porsche", "Tennis", "Grand", "Prix"])
      expect(word(tennis, text)).toMatchObject({ lemma: "Porsche Tennis Grand Prix", pos: "name" });
    expect(word(analyse("Sie gewann die BMW International Open in München."), "Open").lemma).toBe(
      "BMW International Open",
    );
    // An inflected adjective before the head needs its base form: not read so; nor a bare head.
    expect(word(analyse("Der Deutsche Grand Prix fand statt."), "Deutsche").pos).toBe("adj");
    expect(word(analyse("Der Grand Prix von Monaco ist berühmt."), "Grand").lemma).not.toBe("Grand Prix von Monaco");
  });

  it("keeps a body's abbreviation after its name a name of its own, a legal form part of the name", () => {
    const space = analyse("Die Europäische Weltraumorganisation ESA sprach von einem gelungenen Start.");
    expect(word(space, "Weltraumorganisation")).toMatchObject({
      lemma: "Europäische Weltraumorganisation",
      pos: "name",
    });
    expect(word(space, "ESA")).toMatchObject({ lemma: "ESA", pos: "name" });
    expect(word(analyse("Das Technische Hilfswerk THW half."), "Technische").lemma).toBe("Technisches Hilfswerk");
    expect(word(analyse("Die Deutsche Telekom AG meldet Gewinne."), "AG").lemma).toBe("Deutsche Telekom AG");
  });

  it("reads a federal office or court named by what it does as a name, a bare Bundesamt as a noun", () => {
    expect(word(analyse("Das Bundeskartellamt muss noch zustimmen."), "Bundeskartellamt").pos).toBe("name");
    expect(word(analyse("Das Bundesverfassungsgericht entschied."), "Bundesverfassungsgericht").pos).toBe("name");
    expect(word(analyse("Das Bundesamt prüft den Antrag."), "Bundesamt").pos).toBe("noun");
  });

  it("takes a first name written apart before a university named after someone, and its seat after it", () => {
    const words = analyse("Sie kommt von der Johannes Gutenberg-Universität Mainz.");
    for (const text of ["Johannes", "Gutenberg-Universität", "Mainz"])
      expect(word(words, text)).toMatchObject({ lemma: "Johannes Gutenberg-Universität Mainz", pos: "name" });
    expect(word(analyse("Er lehrt an der Humboldt-Universität zu Berlin."), "Berlin").lemma).toBe("Berlin");
  });

  it("reads a place's -er adjective before Hof as an inn's name, after a kind of business too", () => {
    const words = analyse("Gefeiert wird im Gasthaus Werdenfelser Hof.");
    expect(word(words, "Hof")).toMatchObject({ lemma: "Werdenfelser Hof", pos: "name" });
    expect(word(words, "Gasthaus").pos).toBe("noun");
    expect(word(analyse("Sie übernachten im Frankfurter Hof."), "Hof").pos).toBe("name");
    expect(word(analyse("Im Kino Berliner Filme sehen."), "Filme").pos).toBe("noun");
  });

  it("reads a place's -er adjective before a trade fair or a newspaper written as a compound as one name", () => {
    const fair = analyse("Die Leipziger Buchmesse öffnet am Donnerstag.");
    expect(word(fair, "Leipziger")).toMatchObject({ lemma: "Leipziger Buchmesse", pos: "name" });
    expect(word(fair, "Buchmesse")).toMatchObject({ lemma: "Leipziger Buchmesse", pos: "name" });
    expect(word(analyse("Das stand in der Leipziger Volkszeitung."), "Volkszeitung").pos).toBe("name");
    // Other compounds on a landmark's head stay the town's: its airport, its boathouse.
    expect(word(analyse("Der Memminger Flughafen wächst."), "Flughafen").pos).toBe("noun");
  });

  it("reads a railway named by a summit, range or river as a name, other railways as nouns", () => {
    expect(word(analyse("Er arbeitete bei der Zugspitzbahn."), "Zugspitzbahn").pos).toBe("name");
    const words = analyse("Die Straßenbahn fährt über die Rheinbrücke.");
    for (const text of ["Straßenbahn", "Rheinbrücke"]) expect(word(words, text).pos).toBe("noun");
  });

  it("runs a firm's name joined by & on to its legal form", () => {
    const words = analyse("Die Hahn & Kolb Medizintechnik GmbH übernimmt die Firma.");
    for (const text of ["Hahn", "Kolb", "Medizintechnik", "GmbH"])
      expect(word(words, text)).toMatchObject({ lemma: "Hahn & Kolb Medizintechnik GmbH", pos: "name" });
    expect(word(analyse("Brenner & Söhne Bauunternehmen lädt ein."), "Bauunternehmen").pos).toBe("noun");
  });

  it("runs any name found on to a legal form right after it", () => {
    const words = analyse("Die Rhein-Neckar-Verkehr GmbH hat dafür 34 Millionen Euro investiert.");
    for (const text of ["Rhein-Neckar-Verkehr", "GmbH"])
      expect(word(words, text)).toMatchObject({ lemma: "Rhein-Neckar-Verkehr GmbH", pos: "name" });
  });

  it("reads a capitalised adjective before a place as part of the name", () => {
    const words = analyse("Sie wandern in der Sächsischen Schweiz.");
    expect(word(words, "Sächsischen")).toMatchObject({ pos: "name" });
    expect(word(words, "Schweiz")).toMatchObject({ pos: "name" });
  });
});

describe("a club named by an animal and its town", () => {
  it.each([
    ["Die Eisbären Regensburg haben die Hauptrunde beendet.", "Eisbären", "Eisbären Regensburg"],
    ["Am Freitag spielen die Adler Mannheim zu Hause.", "Mannheim", "Adler Mannheim"],
    ["Das Team verlor gegen die Löwen Frankfurt.", "Löwen", "Löwen Frankfurt"],
  ])("%s: %s is part of the name %s", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos: "name" });
  });

  it("leaves a plural that names no animal, and an animal before a genitive, alone", () => {
    expect(word(analyse("Die Städte Hamburg und Bremen wachsen."), "Städte")).toMatchObject({ lemma: "Stadt" });
    expect(word(analyse("Die Wölfe Brandenburgs sind scheu."), "Wölfe")).toMatchObject({ lemma: "Wolf", pos: "noun" });
  });
});

describe("a ship named after its kind", () => {
  it.each([
    ["Das Forschungsschiff Polarstern ist zurück.", "Polarstern", "Polarstern"],
    ["Der Kutter Seeadler lief aus.", "Seeadler", "Seeadler"],
    ["Die Yacht Sonnenwind liegt im Hafen.", "Sonnenwind", "Sonnenwind"],
    ["Das Segelschulschiff Gorch Fock liegt in Kiel.", "Fock", "Gorch Fock"],
  ])("%s: %s is part of the name %s", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos: "name" });
  });

  it("leaves a common noun after a ship's kind alone", () => {
    expect(word(analyse("Das Schiff Kurs auf Hamburg nehmen zu sehen, war schön."), "Kurs")).toMatchObject({
      pos: "noun",
    });
  });
});

describe("a club named by its sponsor, its team and its town", () => {
  it.each([
    ["Die Telekom Baskets Bonn gewannen das erste Spiel.", "Baskets", "Telekom Baskets Bonn"],
    ["Das Team verlor gegen die MHP Riesen Ludwigsburg.", "Riesen", "MHP Riesen Ludwigsburg"],
    ["Die EWE Baskets Oldenburg stehen im Finale.", "EWE", "EWE Baskets Oldenburg"],
  ])("%s: %s is part of the name %s", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos: "name" });
  });

  it("leaves a common plural after an acronym alone", () => {
    expect(word(analyse("Die ADAC Mitglieder Berlin wählen."), "Mitglieder")).toMatchObject({ lemma: "Mitglied" });
  });
});

describe("a prize and the capitalised adjective and noun after it", () => {
  it.each([
    ["Den Förderpreis Neues Deutsches Kino erhielt die Regisseurin.", "Deutsches", "Förderpreis Neues Deutsches Kino"],
    ["Er bekam den Filmpreis Bester Nachwuchs.", "Filmpreis", "Filmpreis Bester Nachwuchs"],
  ])("%s: %s is part of the name %s", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos: "name" });
  });

  it("leaves a prize without such words, and a bare Preis, alone", () => {
    expect(word(analyse("Die Jury vergab den Förderpreis an Anna."), "Förderpreis")).toMatchObject({ pos: "noun" });
    expect(word(analyse("Der Preis Neuer Wagen steigt."), "Preis")).toMatchObject({ pos: "noun" });
  });
});

describe("an acronym written apart before Bank, Gruppe or Holding", () => {
  it.each([
    ["Die Volksbank arbeitet mit der DZ Bank zusammen.", "Bank", "DZ Bank"],
    ["Die BMW Group wächst.", "Group", "BMW Group"],
  ])("%s: %s is part of the name %s", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos: "name" });
  });

  it("leaves a bank without an acronym alone", () => {
    expect(word(analyse("Er sitzt auf der Bank im Park."), "Bank")).toMatchObject({ pos: "noun" });
  });
});

describe("a zoo by its other names before its town", () => {
  it.each([
    ["Die Elefanten im Tiergarten Nürnberg fressen.", "Tiergarten", "Tiergarten Nürnberg"],
    ["Im Wildpark Gangelt gibt es Wölfe.", "Wildpark", "Wildpark Gangelt"],
  ])("%s: %s is part of the name %s", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos: "name" });
  });

  it("leaves a zoo without its town alone", () => {
    expect(word(analyse("Wir gehen in den Tiergarten."), "Tiergarten")).toMatchObject({ pos: "noun" });
  });
});

describe("research centres and societies named after someone", () => {
  it.each([
    [
      "Beteiligt ist das Helmholtz-Zentrum für Umweltforschung in Leipzig.",
      "Umweltforschung",
      "Helmholtz-Zentrum für Umweltforschung",
    ],
    [
      "Das Leibniz-Zentrum für Marine Tropenforschung lädt ein.",
      "Leibniz-Zentrum",
      "Leibniz-Zentrum für Marine Tropenforschung",
    ],
    ["Die Max-Planck-Gesellschaft fördert das Projekt.", "Max-Planck-Gesellschaft", "Max-Planck-Gesellschaft"],
  ])("%s: %s is part of the name %s", (sentence, text, lemma) => {
    expect(word(analyse(sentence), text)).toMatchObject({ lemma, pos: "name" });
  });

  it("leaves a centre named by a common word a noun", () => {
    expect(word(analyse("Das Service-Zentrum ist geschlossen."), "Service-Zentrum").pos).toBe("noun");
  });
});
